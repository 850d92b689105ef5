{#-
    The running sums every behavior score reads, computed once (spec: Behavior score): one row
    per person, evaluation point, scored activity type and half-life, from the type's first event
    on. The evaluation points are the person's instants (their activities with one occurred_at)
    and the month starts from their first instant to their last (int_month_starts: the
    calibration cutoffs are among them). A time after the person's last instant reads the last
    point and decays it (int_behavior_type_values_as_of, int_behavior_decayed_counts_at_cutoffs),
    so a new month, which starts after every activity, changes no stored row. Long format: the
    columns do not depend on the rules seed, so a new activity type adds rows, not columns.

    Running-sum form, linear in the events: with the anchor a the person's first instant,
        decayed_count(t) = sum over events j of the type with t_j <= t of n_j * 2^((t_j - a) / (86400 * h))
    so the type's value at t is capped(points * decayed_count(t) * 2^(-(t - a) / (86400 * h))),
    the sum of points * 0.5^(age_days / h) over its events up to t. Points and caps factor out:
    the sums depend on the half-life only, and versions that share a type's half-life share its
    rows (int_behavior_type_values applies each version's points and caps). decayed_count_before
    is the same over events strictly before t. Any later time t' reads the row of the latest
    point <= t' and decays it to t' (int_behavior_type_values_as_of).

    Incremental on DuckDB and PostgreSQL (delete+insert by person): a run recomputes, from their
    first event, every person with an activity row staged since this model last ran
    (base_raw__activities.staged_at) or whose lead records changed (int_person_lead_sets); and
    every person when the (activity type, half-life) pairs changed (evaluation_hash, stored on
    every row, compared). A month start inside a person's span that was not one before can only
    come from an activity earlier than every other, which recomputes the persons it concerns.
    Each person recomputed also gets a row with
    a null occurred_at, so their old rows are deleted even when nothing of them is left; the
    post-hook removes those rows. Every row holds events of all times: readers keep
    occurred_at <= score_as_of.
-#}
-- sqlfluff:indentation:template_blocks_indent:false
{{ config(**high_volume_config(['person_id'], post_hook=[
    "delete from {{ this }} where occurred_at is null",
])) }}
-- depends_on: {{ ref('base_raw__activities') }}
-- depends_on: {{ ref('int_leads_resolved') }}
-- depends_on: {{ ref('int_person_lead_sets') }}

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

    -- one row; Spark rebuilds this model in full on every run: there the hash is never compared
    select
        {% if target.type == 'spark' -%}
            max(cast(null as {{ dbt.type_string() }}))
        {%- else -%}
            {{ dbt.hash("coalesce(" ~ dbt.listagg(
                dbt.concat(["decays.activity_type", "'/'", "cast(decays.half_life_days as " ~ dbt.type_string() ~ ")"]),
                "'|'", "order by decays.activity_type, decays.half_life_days") ~ ", '')") }}
        {%- endif %} as evaluation_hash
    from decays

),

{% if is_incremental() %}

scored_through as (

    select
        coalesce(max(staged_through), cast('1900-01-01' as {{ dbt.type_timestamp() }})) as staged_through
    from {{ this }}

),

stored_hashes as (

    select distinct evaluation_hash
    from {{ this }}
    where evaluation_hash is not null

),

everyone_changed as (

    -- the pairs differ from the stored rows' (or nothing is stored yet)
    select 1 as changed
    from evaluation_hash
    where evaluation_hash.evaluation_hash not in (select stored_hashes.evaluation_hash from stored_hashes)

),

persons_to_score as (

    select resolved.person_id
    from {{ ref('base_raw__activities') }} as activities
    cross join scored_through
    inner join {{ ref('int_leads_resolved') }} as resolved
        on activities.lead_id = resolved.lead_id
    where activities.staged_at > scored_through.staged_through
        and resolved.person_id is not null

    union

    select lead_sets.person_id
    from {{ ref('int_person_lead_sets') }} as lead_sets
    cross join scored_through
    where lead_sets.changed_at > scored_through.staged_through

    union

    select activities.person_id
    from {{ ref('int_activities_rekeyed') }} as activities
    where activities.person_id is not null
        and exists (select 1 from everyone_changed)

),

{% else %}

persons_to_score as (

    select distinct person_id
    from {{ ref('int_activities_rekeyed') }}
    where person_id is not null

),

{% endif %}

events as (

    select
        activities.person_id,
        activities.activity_type,
        activities.occurred_at,
        {{ epoch_seconds('activities.occurred_at') }} as t_epoch
    from {{ ref('int_activities_rekeyed') }} as activities
    inner join persons_to_score
        on activities.person_id = persons_to_score.person_id

),

anchors as (

    select
        person_id,
        min(t_epoch) as anchor_epoch,
        max(t_epoch) as last_epoch
    from events
    group by person_id

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

    select
        person_id,
        activity_type,
        min(occurred_at) as first_at
    from type_events
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
        sum(weight) over running_window as decayed_count,
        max(event_epoch) over running_window as last_event_epoch,
        max(event_epoch) over (
            partition by person_id, activity_type, half_life_days
            order by occurred_at
            rows between unbounded preceding and 1 preceding
        ) as last_event_before_epoch
    from weighted
    window running_window as (
        partition by person_id, activity_type, half_life_days
        order by occurred_at
        rows between unbounded preceding and current row
    )

),

final as (

    select
        running.person_id,
        running.occurred_at,
        running.t_epoch,
        running.is_instant,
        running.is_month_start,
        running.activity_type,
        running.half_life_days,
        running.activities,
        running.anchor_epoch,
        running.decayed_count,
        running.decayed_count - running.weight as decayed_count_before,
        running.last_event_epoch,
        running.last_event_before_epoch,
        evaluation_hash.evaluation_hash,
        {{ run_stamp() }} as staged_through
    from running
    cross join evaluation_hash
    {%- if is_incremental() %}

    union all

    -- a person recomputed with nothing left: the row that deletes their old rows
    select
        persons_to_score.person_id,
        cast(null as {{ dbt.type_timestamp() }}) as occurred_at,
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
    from persons_to_score
    cross join evaluation_hash
    {%- endif %}

)

select * from final
