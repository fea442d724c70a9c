using Switchboard.Engine.Actions;
using Switchboard.Engine.Conditions.Operators;
using Switchboard.Engine.Strategies;

namespace Switchboard.Engine.Registries;

/// <summary>
/// Everything a configuration may name, one line per item; each item declares its own name and traits.
/// A new strategy, action type or operator is its own file plus one line here.
/// </summary>
internal static class Registered
{
    public static readonly Registry<IStrategy> Strategies = new("strategy", s => s.Name,
        RoundRobinStrategy.Instance,
        WeightedRoundRobinStrategy.Instance,
        WeightedRandomStrategy.Instance,
        LeastLoadedStrategy.Instance);

    public static readonly Registry<IActionType> Actions = new("action type", a => a.Type,
        new AssignAction(),
        new SetFieldAction(),
        new SetStageAction(),
        new NotifyAction(),
        new WebhookAction(),
        new SendEmailAction(),
        new CreateTaskAction(),
        new AddToListAction(),
        new RemoveFromListAction(),
        new AddToCampaignAction());

    public static readonly Registry<OperatorDefinition> Operators = new("operator", o => o.Name,
        new("eq", Negated: false, EqualityOperators.CheckScalar, EqualityOperators.BuildEqual),
        new("neq", Negated: true, EqualityOperators.CheckScalar, EqualityOperators.BuildEqual),
        new("contains", Negated: false, TextOperators.Check, TextOperators.BuildContains),
        new("not_contains", Negated: true, TextOperators.Check, TextOperators.BuildContains),
        new("starts_with", Negated: false, TextOperators.Check, TextOperators.BuildStartsWith),
        new("ends_with", Negated: false, TextOperators.Check, TextOperators.BuildEndsWith),
        new("in", Negated: false, EqualityOperators.CheckList, EqualityOperators.BuildIn),
        new("not_in", Negated: true, EqualityOperators.CheckList, EqualityOperators.BuildIn),
        new("gt", Negated: false, NumericOperators.CheckNumber, NumericOperators.BuildGt),
        new("gte", Negated: false, NumericOperators.CheckNumber, NumericOperators.BuildGte),
        new("lt", Negated: false, NumericOperators.CheckNumber, NumericOperators.BuildLt),
        new("lte", Negated: false, NumericOperators.CheckNumber, NumericOperators.BuildLte),
        new("between", Negated: false, NumericOperators.CheckRange, NumericOperators.BuildBetween),
        new("exists", Negated: false, PresenceOperator.Check, PresenceOperator.Build),
        new("not_exists", Negated: true, PresenceOperator.Check, PresenceOperator.Build),
        new("regex", Negated: false, PatternOperator.Check, PatternOperator.Build));
}
