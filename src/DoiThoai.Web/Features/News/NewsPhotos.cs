using SkiaSharp;

namespace DoiThoai.Web.Features.News;

/// <summary>A photo made ready for the web.</summary>
public sealed record WebPhoto(byte[] Content, string ContentType, string Extension, int Width, int Height);

/// <summary>
/// Resizes an uploaded photo (already known by its content to be JPEG or PNG) to at most
/// <see cref="MaxWidth"/> pixels wide and re-encodes it, which also drops its metadata (camera, place).
/// </summary>
public static class NewsPhotos
{
    public const int MaxWidth = 1200;
    public const int MaxPixels = 40_000_000;

    /// <summary>Null when the content cannot be decoded as an image or is absurdly large.</summary>
    public static WebPhoto? Prepare(Stream content, bool isPng)
    {
        using var codec = SKCodec.Create(content);
        if (codec is null) return null;
        var info = codec.Info;
        if (info.Width <= 0 || info.Height <= 0 || (long)info.Width * info.Height > MaxPixels) return null;
        using var decoded = SKBitmap.Decode(codec);
        if (decoded is null) return null;
        using var oriented = Orient(decoded, codec.EncodedOrigin);

        var source = oriented ?? decoded;
        var width = Math.Min(MaxWidth, source.Width);
        var height = (int)Math.Round(source.Height * (width / (double)source.Width));
        using var resized = width == source.Width ? null : source.Resize(new SKImageInfo(width, height), new SKSamplingOptions(SKCubicResampler.Mitchell));
        using var image = SKImage.FromBitmap(resized ?? source);
        using var data = isPng ? image.Encode(SKEncodedImageFormat.Png, 100) : image.Encode(SKEncodedImageFormat.Jpeg, 82);
        if (data is null) return null;
        return new WebPhoto(data.ToArray(), isPng ? "image/png" : "image/jpeg", isPng ? ".png" : ".jpg", width, height);
    }

    /// <summary>Turns a phone photo upright as its EXIF says; null when it already is.</summary>
    private static SKBitmap? Orient(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        if (origin == SKEncodedOrigin.TopLeft) return null;
        if (origin is not (SKEncodedOrigin.BottomRight or SKEncodedOrigin.RightTop or SKEncodedOrigin.LeftBottom or SKEncodedOrigin.TopRight or SKEncodedOrigin.BottomLeft))
            return null;
        var swap = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var rotated = new SKBitmap(swap ? bitmap.Height : bitmap.Width, swap ? bitmap.Width : bitmap.Height);
        using var canvas = new SKCanvas(rotated);
        switch (origin)
        {
            case SKEncodedOrigin.BottomRight: canvas.RotateDegrees(180, bitmap.Width / 2f, bitmap.Height / 2f); break;
            case SKEncodedOrigin.RightTop: canvas.Translate(rotated.Width, 0); canvas.RotateDegrees(90); break;
            case SKEncodedOrigin.LeftBottom: canvas.Translate(0, rotated.Height); canvas.RotateDegrees(270); break;
            case SKEncodedOrigin.TopRight: canvas.Scale(-1, 1, bitmap.Width / 2f, 0); break;
            case SKEncodedOrigin.BottomLeft: canvas.Scale(1, -1, 0, bitmap.Height / 2f); break;
            default: return null;
        }
        using var image = SKImage.FromBitmap(bitmap);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear));
        return rotated;
    }
}
