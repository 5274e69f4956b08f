using System.Linq.Expressions;
using System.Reflection;
using DoiThoai.Web.Domain.FollowUp;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DoiThoai.Web.Data;

/// <summary>
/// Lets queries call a domain rule written once as an expression: each call to a method listed here is replaced,
/// before EF compiles the query, by the rule's expression, so the database computes it. Runs once per query shape
/// (EF caches the compiled query), never per row.
/// </summary>
public sealed class QueryExpander : ExpressionVisitor, IQueryExpressionInterceptor
{
    public static readonly QueryExpander Instance = new();

    private static readonly Dictionary<MethodInfo, LambdaExpression> Rules = new()
    {
        [typeof(FollowUpItem).GetMethod(nameof(FollowUpItem.ContentOf))!] = FollowUpItem.Content,
    };

    public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData) =>
        Visit(queryExpression);

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (!Rules.TryGetValue(node.Method, out var rule)) return base.VisitMethodCall(node);
        var arguments = node.Arguments.Select(Visit).ToList();
        return Visit(new ParameterReplacer(rule.Parameters, arguments!).Visit(rule.Body));
    }

    private sealed class ParameterReplacer(IReadOnlyList<ParameterExpression> parameters, IReadOnlyList<Expression> values) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node)
        {
            for (var i = 0; i < parameters.Count; i++)
                if (node == parameters[i]) return values[i];
            return node;
        }
    }
}
