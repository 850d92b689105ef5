{#-
    The running sums every behavior score reads, computed once (definitions: Behavior score): one row
    per person, evaluation point, scored activity type and half-life, from the type's first event
    on. The evaluation points are the person's instants (their activities with one occurred_at)
    and the month starts from their first instant to their last (int_month_starts: the
    calibration cutoffs are among them). A time after the person's last instant reads the last
    point and decays it (int_behavior_type_values_as_of, int_behavior_decayed_counts_at_cutoffs),
    so a new month, which starts after every activity, changes no stored row. Long format: the
    columns do not depend on the rules seed, so a new activity type adds rows, not columns.
    Written in person and point order on DuckDB (clustered_by): int_behavior_instants adds each
    instant's type values up, and meeting them together keeps that aggregate in memory.

    Running-sum form, linear in the events: with the anchor a the person's first instant,
        decayed_count(t) = sum over events j of the type with t_j <= t of n_j * 2^((t_j - a) / (86400 * h))
    so the type's value at t is capped(points * decayed_count(t) * 2^(-(t - a) / (86400 * h))),
    the sum of points * 0.5^(age_days / h) over its events up to t. Points and caps factor out:
    the sums depend on the half-life only, and versions that share a type's half-life share its
    rows (int_behavior_type_values applies each version's points and caps). decayed_count_before
    is the same over events strictly before t. Any later time t' reads the row of the latest
    point <= t' and decays it to t' (int_behavior_type_values_as_of).

    Incremental on DuckDB and PostgreSQL (delete+insert by person and point). A run reads the
    persons int_behavior_changes logged since this model last ran, each with the time their
    behavior changed from, and resumes each at its latest stored point before that time: the
    sums there are the seed, the events after it are added on, and the stored points after it
    are written again (or deleted: each gets a row with a null activity_type, which the
    post-hook removes). A person with no stored point before the change (a change from the
    start, a new earliest activity, a new person) is recomputed from their first event, and so
    is everyone when the (activity type, half-life) pairs changed (evaluation_hash, stored on
    every row, compared). On-time activities therefore cost their own points only. The anchor
    is the person's first instant, which only a change before every stored point can move. A
    month start inside a person's span that was not one before lies after the resume point, so
    it is written then. Every row holds events of all times: readers keep
    occurred_at <= score_as_of.
-#}
-- sqlfluff:indentation:template_blocks_indent:false
{{ config(**high_volume_config(['person_id', 'occurred_at'], post_hook=[
    "delete from {{ this }} where activity_type is null",
])) }}
{#- Read only in incremental runs: taken here, so dbt sees these parents when it parses. -#}
{%- set int_behavior_changes = ref('int_behavior_changes') %}

with

decays as (

    -- one running sum per activity type and half-life that some version's rules use
    select distinct
        activity_type,
        half_life_days
    from {{ ref('scoring_activity_rules') }}
    where half_life_days > 0

),

month_starts as (

    select * from {{ ref('int_month_starts') }}

),

evaluation_hash as (

    -- one row: the (activity type, half-life) pairs
    select
        {{ rows_hash(
            ['decays.activity_type', 'decays.half_life_days'], 'decays.activity_type, decays.half_life_days'
        ) }} as evaluation_hash
    from decays

),

{% if is_incremental() %}

scored_through as (

    select {{ stored_mark() }} as staged_through
    from {{ this }}

),

everyone_changed as (

    -- the pairs differ from the stored rows' (or nothing is stored yet)
    {{ hash_differs_from_stored('evaluation_hash', 'evaluation_hash') }}

),

changes as (

    select
        changes.person_id,
        changes.changed_from_at
    from {{ int_behavior_changes }} as changes
    cross join scored_through
    where changes.staged_through > scored_through.staged_through

    union all

    select distinct
        activities.person_id,
        cast(null as {{ dbt.type_timestamp() }}) as changed_from_at
    from {{ ref('int_activities_rekeyed') }} as activities
    where activities.person_id is not null
        and exists (select 1 from everyone_changed)

),

persons_changed as (

    -- from the earliest change on; null (from the start) wins
    select
        person_id,
        {{ earliest_change() }} as changed_from_at
    from changes
    group by person_id

),

stored_points as (

    select kept.*
    from {{ this }} as kept
    inner join persons_changed
        on kept.person_id = persons_changed.person_id

),

resume_points as (

    -- the latest stored point before the change: its sums are kept and carried on
    select
        stored_points.person_id,
        max(stored_points.occurred_at) as resume_after
    from stored_points
    inner join persons_changed
        on stored_points.person_id = persons_changed.person_id
    where stored_points.occurred_at < persons_changed.changed_from_at
    group by stored_points.person_id

),

persons_to_score as (

    select
        persons_changed.person_id,
        resume_points.resume_after
    from persons_changed
    left join resume_points
        on persons_changed.person_id = resume_points.person_id

),

seeds as (

    select
        stored_points.person_id,
        stored_points.activity_type,
        stored_points.half_life_days,
        stored_points.anchor_epoch,
        stored_points.decayed_count as seed_count,
        stored_points.last_event_epoch as seed_last_event_epoch,
        resume_points.resume_after
    from stored_points
    inner join resume_points
        on stored_points.person_id = resume_points.person_id
            and stored_points.occurred_at = resume_points.resume_after

),

recomputed_points as (

    -- the stored points after the resume point (all of them without one): deleted, and written
    -- again when they are still points
    select distinct
        stored_points.person_id,
        stored_points.occurred_at
    from stored_points
    left join resume_points
        on stored_points.person_id = resume_points.person_id
    where resume_points.resume_after is null
        or stored_points.occurred_at > resume_points.resume_after

),

{% else %}

persons_to_score as (

    select distinct
        person_id,
        cast(null as {{ dbt.type_timestamp() }}) as resume_after
    from {{ ref('int_activities_rekeyed') }}
    where person_id is not null

),

seeds as (

    select
        cast(null as {{ dbt.type_string() }}) as person_id,
        cast(null as {{ dbt.type_string() }}) as activity_type,
        cast(null as decimal(18, 6)) as half_life_days,
        cast(null as {{ type_double() }}) as anchor_epoch,
        cast(null as {{ type_double() }}) as seed_count,
        cast(null as {{ type_double() }}) as seed_last_event_epoch,
        cast(null as {{ dbt.type_timestamp() }}) as resume_after
    from evaluation_hash
    where 1 = 0

),

{% endif %}

events as (

    -- the events after the resume point (all of them without one)
    select
        activities.person_id,
        activities.activity_type,
        activities.occurred_at,
        {{ epoch_seconds('activities.occurred_at') }} as t_epoch
    from {{ ref('int_activities_rekeyed') }} as activities
    inner join persons_to_score
        on activities.person_id = persons_to_score.person_id
    where persons_to_score.resume_after is null
        or activities.occurred_at > persons_to_score.resume_after

),

seed_anchors as (

    select
        person_id,
        max(anchor_epoch) as anchor_epoch,
        max(resume_after) as resume_after
    from seeds
    group by person_id

),

anchors as (

    -- the anchor stays the person's first instant: a resumed person's is stored
    select
        events.person_id,
        coalesce(max(seed_anchors.anchor_epoch), min(events.t_epoch)) as anchor_epoch,
        max(events.t_epoch) as last_epoch,
        max(seed_anchors.resume_after) as resume_after
    from events
    left join seed_anchors
        on events.person_id = seed_anchors.person_id
    group by events.person_id

),

scored_types as (

    select distinct activity_type from decays

),

type_events as (

    select
        events.person_id,
        events.activity_type,
        events.occurred_at,
        count(*) as activities
    from events
    inner join scored_types
        on events.activity_type = scored_types.activity_type
    group by events.person_id, events.activity_type, events.occurred_at

),

type_firsts as (

    -- a type carried on from a seed starts at the resume point
    select
        person_id,
        activity_type,
        min(first_at) as first_at
    from (
        select
            person_id,
            activity_type,
            occurred_at as first_at
        from type_events

        union all

        select
            person_id,
            activity_type,
            resume_after as first_at
        from seeds
    ) as type_starts
    group by person_id, activity_type

),

point_kinds as (

    select distinct
        person_id,
        occurred_at,
        1 as is_instant,
        0 as is_month_start
    from events

    union all

    select
        anchors.person_id,
        month_starts.month_start_at as occurred_at,
        0 as is_instant,
        1 as is_month_start
    from anchors
    inner join month_starts
        on anchors.anchor_epoch <= month_starts.month_start_epoch
            and anchors.last_epoch >= month_starts.month_start_epoch
            and (anchors.resume_after is null or anchors.resume_after < month_starts.month_start_at)

),

points as (

    select
        person_id,
        occurred_at,
        max(is_instant) = 1 as is_instant,
        max(is_month_start) = 1 as is_month_start
    from point_kinds
    group by person_id, occurred_at

),

grid as (

    select
        points.person_id,
        points.occurred_at,
        points.is_instant,
        points.is_month_start,
        type_firsts.activity_type,
        coalesce(type_events.activities, 0) as activities,
        {{ epoch_seconds('points.occurred_at') }} as t_epoch,
        anchors.anchor_epoch
    from points
    inner join type_firsts
        on points.person_id = type_firsts.person_id
            and points.occurred_at >= type_firsts.first_at
    inner join anchors
        on points.person_id = anchors.person_id
    left join type_events
        on points.person_id = type_events.person_id
            and type_firsts.activity_type = type_events.activity_type
            and points.occurred_at = type_events.occurred_at

),

weighted as (

    select
        grid.*,
        decays.half_life_days,
        grid.activities * power(2.0, (grid.t_epoch - grid.anchor_epoch) / (86400.0 * decays.half_life_days))
            as weight,
        case when grid.activities > 0 then grid.t_epoch end as event_epoch
    from grid
    inner join decays
        on grid.activity_type = decays.activity_type

),

running as (

    select
        *,
        sum(weight) over running_window as window_count,
        max(event_epoch) over running_window as window_last_event_epoch,
        max(event_epoch) over (
            partition by person_id, activity_type, half_life_days
            order by occurred_at
            rows between unbounded preceding and 1 preceding
        ) as window_last_event_before_epoch
    from weighted
    window running_window as (
        partition by person_id, activity_type, half_life_days
        order by occurred_at
        rows between unbounded preceding and current row
    )

),

carried as (

    -- a resumed person's sums go on from the seed's (a seed's last event is never null)
    select
        running.*,
        coalesce(seeds.seed_count, 0) + running.window_count as decayed_count,
        case
            when
                running.window_last_event_epoch is null
                or running.window_last_event_epoch < seeds.seed_last_event_epoch
                then seeds.seed_last_event_epoch
            else running.window_last_event_epoch
        end as last_event_epoch,
        case
            when
                running.window_last_event_before_epoch is null
                or running.window_last_event_before_epoch < seeds.seed_last_event_epoch
                then seeds.seed_last_event_epoch
            else running.window_last_event_before_epoch
        end as last_event_before_epoch
    from running
    left join seeds
        on running.person_id = seeds.person_id
            and running.activity_type = seeds.activity_type
            and running.half_life_days = seeds.half_life_days

),

final as (

    select
        carried.person_id,
        carried.occurred_at,
        carried.t_epoch,
        carried.is_instant,
        carried.is_month_start,
        carried.activity_type,
        carried.half_life_days,
        carried.activities,
        carried.anchor_epoch,
        carried.decayed_count,
        carried.decayed_count - carried.weight as decayed_count_before,
        carried.last_event_epoch,
        carried.last_event_before_epoch,
        evaluation_hash.evaluation_hash,
        {{ run_stamp() }} as staged_through
    from carried
    cross join evaluation_hash
    {%- if is_incremental() %}

    union all

    -- each stored point recomputed: the row that deletes it (activity_type null), also when
    -- nothing is written there again
    select
        recomputed_points.person_id,
        recomputed_points.occurred_at,
        cast(null as {{ type_double() }}) as t_epoch,
        cast(null as boolean) as is_instant,
        cast(null as boolean) as is_month_start,
        cast(null as {{ dbt.type_string() }}) as activity_type,
        cast(null as decimal(18, 6)) as half_life_days,
        cast(null as {{ dbt.type_bigint() }}) as activities,
        cast(null as {{ type_double() }}) as anchor_epoch,
        cast(null as {{ type_double() }}) as decayed_count,
        cast(null as {{ type_double() }}) as decayed_count_before,
        cast(null as {{ type_double() }}) as last_event_epoch,
        cast(null as {{ type_double() }}) as last_event_before_epoch,
        evaluation_hash.evaluation_hash,
        {{ run_stamp() }} as staged_through
    from recomputed_points
    cross join evaluation_hash
    {%- endif %}

)

select * from final
{{ clustered_by(['person_id', 'occurred_at']) }}
