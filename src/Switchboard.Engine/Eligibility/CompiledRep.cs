using Switchboard.Engine.Model;

namespace Switchboard.Engine.Eligibility;

public sealed record CompiledRep(Rep Rep, RepCalendar Calendar)
{
    public static CompiledRep Compile(Rep rep) => new(rep, RepCalendar.Compile(rep));
}
