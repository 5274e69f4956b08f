using SkiaSharp;

namespace DoiThoai.Web.Features.News;

/// <summary>
/// Draws a captcha code as a PNG: each character from a small built-in stroke font (no system font is needed),
/// turned, slanted and scaled at random, its strokes bent by a wave, crossed by lines of the same pen and
/// sprinkled with dots. A raster image: unlike text or SVG paths, a script has to recognise the shapes.
/// </summary>
public static class CaptchaImage
{
    public const int Width = 220;
    public const int Height = 70;

    /// <summary>Strokes of each character on a 4 × 6 grid (x right, y down); each stroke is a polyline.</summary>
    private static readonly Dictionary<char, float[][]> Font = new()
    {
        ['2'] = [[0, 1, 1, 0, 3, 0, 4, 1, 4, 2, 0, 6, 4, 6]],
        ['3'] = [[0, 0, 4, 0, 2, 2.5f, 3.5f, 3, 4, 4.5f, 3, 6, 1, 6, 0, 5]],
        ['4'] = [[3, 6, 3, 0, 0, 4, 4, 4]],
        ['5'] = [[4, 0, 0, 0, 0, 2.5f, 3, 2.5f, 4, 3.5f, 4, 5, 3, 6, 0, 6]],
        ['6'] = [[3.5f, 0, 1, 1, 0, 3.5f, 0, 5, 1, 6, 3, 6, 4, 5, 4, 4, 3, 3, 1, 3, 0, 4]],
        ['7'] = [[0, 0, 4, 0, 1.5f, 6]],
        ['8'] = [[2, 3, 0.5f, 2.2f, 0.5f, 0.8f, 2, 0, 3.5f, 0.8f, 3.5f, 2.2f, 2, 3, 0, 4, 0, 5.2f, 2, 6, 4, 5.2f, 4, 4, 2, 3]],
        ['9'] = [[4, 3, 3, 3.5f, 1, 3.5f, 0, 2.5f, 0, 1, 1, 0, 3, 0, 4, 1, 4, 3, 3.5f, 5, 1, 6]],
        ['A'] = [[0, 6, 2, 0, 4, 6], [0.8f, 3.8f, 3.2f, 3.8f]],
        ['C'] = [[4, 1, 3, 0, 1, 0, 0, 1.5f, 0, 4.5f, 1, 6, 3, 6, 4, 5]],
        ['E'] = [[4, 0, 0, 0, 0, 6, 4, 6], [0, 3, 3, 3]],
        ['H'] = [[0, 0, 0, 6], [4, 0, 4, 6], [0, 3, 4, 3]],
        ['K'] = [[0, 0, 0, 6], [4, 0, 0, 3.5f], [1.2f, 2.8f, 4, 6]],
        ['M'] = [[0, 6, 0, 0, 2, 3.5f, 4, 0, 4, 6]],
        ['N'] = [[0, 6, 0, 0, 4, 6, 4, 0]],
        ['P'] = [[0, 6, 0, 0, 3, 0, 4, 1, 4, 2, 3, 3, 0, 3]],
        ['R'] = [[0, 6, 0, 0, 3, 0, 4, 1, 4, 2, 3, 3, 0, 3], [2, 3, 4, 6]],
        ['T'] = [[0, 0, 4, 0], [2, 0, 2, 6]],
        ['U'] = [[0, 0, 0, 5, 1, 6, 3, 6, 4, 5, 4, 0]],
        ['X'] = [[0, 0, 4, 6], [4, 0, 0, 6]],
        ['Y'] = [[0, 0, 2, 3, 4, 0], [2, 3, 2, 6]],
    };

    public static bool CanDraw(char c) => Font.ContainsKey(c);

    /// <summary>The same code and seed always give the same picture.</summary>
    public static byte[] Png(string code, int seed)
    {
        var random = new Random(seed);
        float Between(float low, float high) => low + (float)random.NextDouble() * (high - low);

        using var bitmap = new SKBitmap(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(new SKColor(0xF4, 0xF1, 0xE8));
        using var pen = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Round, StrokeJoin = SKStrokeJoin.Round };

        // A wave bends every stroke, so straight strokes of the font come out curved and no two images match.
        var (waveX, waveY, phase) = (Between(2f, 4f), Between(3f, 6f), Between(0, MathF.Tau));
        SKPoint Bend(float x, float y) => new(x + waveX * MathF.Sin(y / 9f + phase), y + waveY * MathF.Sin(x / 17f + phase));

        void Stroke(IReadOnlyList<SKPoint> points)
        {
            var bent = new List<SKPoint>();
            for (var i = 0; i < points.Count - 1; i++)
            {
                // Short pieces, so the bend shows along a line and not only at its ends.
                for (var step = i == 0 ? 0 : 1; step <= 6; step++)
                {
                    var t = step / 6f;
                    bent.Add(Bend(points[i].X + (points[i + 1].X - points[i].X) * t, points[i].Y + (points[i + 1].Y - points[i].Y) * t));
                }
            }
            canvas.DrawPoints(SKPointMode.Polygon, [.. bent], pen);
        }

        SKColor Ink() => new((byte)random.Next(20, 90), (byte)random.Next(20, 90), (byte)random.Next(40, 120));

        // Crossing lines drawn with the same pen as the characters, before and after them.
        void Noise(int lines)
        {
            for (var i = 0; i < lines; i++)
            {
                pen.Color = Ink().WithAlpha((byte)random.Next(120, 220));
                pen.StrokeWidth = Between(1.0f, 2.0f);
                Stroke([new(Between(-10, Width / 2f), Between(0, Height)), new(Between(Width / 4f, Width * 0.75f), Between(0, Height)), new(Between(Width / 2f, Width + 10), Between(0, Height))]);
            }
        }

        Noise(2);
        var cell = (Width - 24f) / code.Length;
        for (var index = 0; index < code.Length; index++)
        {
            if (!Font.TryGetValue(code[index], out var strokes)) continue;
            // Turned about the character's own centre, so it stays in its cell.
            var scale = Between(5.6f, 7.0f);
            var matrix = SKMatrix.CreateTranslation(-2, -3);
            matrix = matrix.PostConcat(SKMatrix.CreateScale(scale * Between(0.85f, 1.15f), scale));
            matrix = matrix.PostConcat(SKMatrix.CreateSkew(Between(-0.3f, 0.3f), 0));
            matrix = matrix.PostConcat(SKMatrix.CreateRotationDegrees(Between(-20, 20)));
            matrix = matrix.PostConcat(SKMatrix.CreateTranslation(12 + cell * (index + 0.5f) + Between(-3, 3), Height / 2f + Between(-5, 5)));
            pen.Color = Ink();
            pen.StrokeWidth = Between(2.8f, 3.8f);
            foreach (var stroke in strokes)
            {
                var points = new List<SKPoint>();
                for (var i = 0; i < stroke.Length; i += 2)
                    points.Add(matrix.MapPoint(stroke[i] + Between(-0.2f, 0.2f), stroke[i + 1] + Between(-0.2f, 0.2f)));
                Stroke(points);
            }
        }
        Noise(2);

        using var dots = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        for (var i = 0; i < 260; i++)
        {
            dots.Color = Ink().WithAlpha((byte)random.Next(60, 200));
            canvas.DrawCircle(Between(0, Width), Between(0, Height), Between(0.5f, 1.6f), dots);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
