{#-
    MQL events of every series (definitions: MQL), one detection for production and restatement alike.
    A new MQL event starts at instant t when Q(t) and not (Q(t_prev) and Q-(t)), t_prev being the
    person's previous instant in the same series (the first instant has none). Both halves
    matter: behavior is not monotone between activities. reason is 'score' when the total is at
    or over the threshold, else 'handraiser'; the trigger is the instant's lowest activity_id;
    mql_id hashes (person, mql_at to the microsecond, version). The as-of rows are not instants.

    Incremental on DuckDB and PostgreSQL (delete+insert by person and time). A run detects again,
    per person, the events from the earliest of: the change int_behavior_changes logged, the
    instants int_qualification_instants wrote again (all of them when fit or versions changed),
    and a stored event after score_as_of (the clock moved back). The detection resumes at the
    person's latest instant before that time in each series: its Q is the first Q(t_prev), and
    the events stored before it number the new ones on. Each stored event detected again also
    gets a row with a null series, which the post-hook removes.
-#}
-- sqlfluff:indentation:template_blocks_indent:false
{{ config(**high_volume_config(['person_id', 'mql_at'], post_hook=[
    "delete from {{ this }} where series is null",
])) }}
{#- Read only in incremental runs: taken here, so dbt sees these parents when it parses. -#}
{%- set int_behavior_changes = ref('int_behavior_changes') %}
{%- set int_scoring_clock = ref('int_scoring_clock') %}
{%- set event_columns = [
    'mql_id', 'series', 'person_id', 'mql_at', 'model_version', 'behavior_score', 'person_score', 'account_score',
    'total_score', 'fit_score', 'tier', 'mql_threshold', 'reason', 'trigger_activity_id', 'trigger_activity_type',
    'mql_number'] %}

with qualification as (

    select * from {{ ref('int_qualification_instants') }}
    where not is_as_of_row

),

{% if is_incremental() %}

scored_through as (

    select {{ stored_mark() }} as staged_through
    from {{ this }}

),

changes as (

    select
        changes.person_id,
        changes.changed_from_at
    from {{ int_behavior_changes }} as changes
    cross join scored_through
    where changes.staged_through > scored_through.staged_through

    union all

    select
        qualification.person_id,
        min(qualification.occurred_at) as changed_from_at
    from qualification
    cross join scored_through
    where qualification.staged_through > scored_through.staged_through
    group by qualification.person_id

    union all

    select
        kept.person_id,
        min(kept.mql_at) as changed_from_at
    from {{ this }} as kept
    cross join {{ int_scoring_clock }} as clock
    where kept.mql_at > clock.score_as_of
    group by kept.person_id

),

persons_to_score as (

    -- from the earliest change on; null (from the start) wins
    select
        person_id,
        {{ earliest_change() }} as changed_from_at
    from changes
    group by person_id

),

resume_points as (

    select
        qualification.series,
        qualification.person_id,
        max(qualification.occurred_at) as resume_after
    from qualification
    inner join persons_to_score
        on qualification.person_id = persons_to_score.person_id
    where qualification.occurred_at < persons_to_score.changed_from_at
    group by qualification.series, qualification.person_id

),

previous_state as (

    -- Q at the resume point, and the events stored up to it
    select
        resume_points.series,
        resume_points.person_id,
        qualification.is_qualified as was_qualified,
        (
            select count(*)
            from {{ this }} as kept
            where kept.series = resume_points.series
                and kept.person_id = resume_points.person_id
                and kept.mql_at <= resume_points.resume_after
        ) as events_before
    from resume_points
    inner join qualification
        on resume_points.series = qualification.series
            and resume_points.person_id = qualification.person_id
            and resume_points.resume_after = qualification.occurred_at

),

recomputed_events as (

    select distinct
        kept.person_id,
        kept.mql_at
    from {{ this }} as kept
    inner join persons_to_score
        on kept.person_id = persons_to_score.person_id
    where persons_to_score.changed_from_at is null
        or kept.mql_at >= persons_to_score.changed_from_at

),

{% else %}

previous_state as (

    select
        series,
        person_id,
        is_qualified as was_qualified,
        0 as events_before
    from qualification
    where 1 = 0

),

{% endif %}

detected as (

    select
        qualification.*,
        lag(qualification.is_qualified) over in_order as was_qualified_at_previous_instant,
        row_number() over in_order as order_detected
    from qualification
    {% if is_incremental() %}
    inner join persons_to_score
        on qualification.person_id = persons_to_score.person_id
    where persons_to_score.changed_from_at is null
        or qualification.occurred_at >= persons_to_score.changed_from_at
    {% endif %}
    window in_order as (
        partition by qualification.series, qualification.person_id
        order by qualification.occurred_at
    )

),

lagged as (

    -- the first instant detected again follows the stored state (none on a full build)
    select
        detected.*,
        case
            when detected.order_detected = 1 then previous_state.was_qualified
            else detected.was_qualified_at_previous_instant
        end as was_qualified_before_this,
        coalesce(previous_state.events_before, 0) as events_before
    from detected
    left join previous_state
        on detected.series = previous_state.series
            and detected.person_id = previous_state.person_id

),

events as (

    select
        {{ dbt.hash(dbt.concat([
            'person_id', "'|'",
            'cast(cast(round(t_epoch * 1000000) as ' ~ dbt.type_bigint() ~ ') as ' ~ dbt.type_string() ~ ')',
            "'|'", 'model_version'])) }} as mql_id,
        series,
        person_id,
        occurred_at as mql_at,
        model_version,
        behavior_score,
        person_score,
        account_score,
        total_score,
        fit_score,
        tier,
        mql_threshold,
        case
            when {{ rounded_score('total_score') }} >= mql_threshold then 'score'
            else 'handraiser'
        end as reason,
        trigger_activity_id,
        trigger_activity_type,
        events_before + row_number() over (partition by series, person_id order by occurred_at) as mql_number
    from lagged
    where is_qualified
        and not (coalesce(was_qualified_before_this, false) and is_qualified_before)

),

final as (

    select
        events.*,
        {{ run_stamp() }} as staged_through
    from events
    {%- if is_incremental() %}

    union all

    -- each stored event detected again: the row that deletes it (series null; the nulls of an
    -- empty join keep the column types, which PostgreSQL would widen for a bare null)
    select
        {%- for column in event_columns %}
        {{ 'recomputed_events' if column in ('person_id', 'mql_at') else 'no_row' }}.{{ column }},
        {%- endfor %}
        {{ run_stamp() }} as staged_through
    from recomputed_events
    left join events as no_row
        on 1 = 0
    {%- endif %}

)

select * from final
