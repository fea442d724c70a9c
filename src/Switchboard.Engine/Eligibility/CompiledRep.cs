using Switchboard.Engine.Model;

namespace Switchboard.Engine.Eligibility;

public sealed record CompiledRep(Rep Rep, RepCalendar Calendar)
{
    public static CompiledRep Compile(Rep rep) => new(rep, RepCalendar.Compile(rep));

    /// <summary>The rep's skills in matching form, for the pool's matchSkills.</summary>
    internal RepSkills Skills { get; } = RepSkills.Compile(Rep);
}
