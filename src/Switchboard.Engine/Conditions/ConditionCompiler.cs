using Switchboard.Engine.Model;

namespace Switchboard.Engine.Conditions;

public delegate bool CompiledCondition(LeadFacts lead);

/// <summary>Turns a validated condition tree into one delegate, once per configuration version.</summary>
public static class ConditionCompiler
{
    public static readonly CompiledCondition Always = static _ => true;

    /// <summary>Compiles a condition that passed validation; null compiles to <see cref="Always"/>.</summary>
    public static CompiledCondition Compile(Condition? condition) =>
        condition is null ? Always : throw new NotImplementedException("conditions: helper A");
}
