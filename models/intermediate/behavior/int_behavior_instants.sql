{#-
    Behavior score of every person at every instant, under every scoring-model version (spec:
    Behavior score, Instants). An instant is a person's activities with the same occurred_at,
    evaluated together. The score "now" is int_behavior_as_of.

    Running-sum form, linear in the events: per version and activity type,
        w_j  = points * n_j * 2^((epoch(t_j) - anchor) / (86400 * half_life))
        s(t) = (sum of w_j over instants j <= t) * 2^(-(epoch(t) - anchor) / (86400 * half_life))
    which equals the sum of points * 0.5^(age_days / half_life) over the events up to t; the
    anchor is the person's first instant. One column per type (generated from the rules seed)
    carries each type's value forward, so the window is partitioned by person and version only.
    Each type's value is capped (least(cap, s) for positive points, greatest(-cap, s) for
    negative), the types are added and the sum is clamped to 0-100. behavior_score_before is the
    same over events strictly before t, decayed to t. Handraiser times are carried as running
    maxima.

    Incremental on DuckDB and PostgreSQL (delete+insert by person): a run scores again, from
    their first event, every person with an activity row staged since this model last ran
    (base_raw__activities.staged_at) or whose lead records changed (int_person_lead_sets). Each
    such person also gets a row with a null occurred_at, so their old rows are deleted even when
    nothing of them is left to score; the post-hook removes those rows. Every row holds events
    of all times: readers keep occurred_at <= score_as_of.
-#}
-- sqlfluff:indentation:template_blocks_indent:false
{{ config(**high_volume_config('person_id', post_hook=["delete from {{ this }} where occurred_at is null"])) }}
-- depends_on: {{ ref('base_raw__activities') }}
-- depends_on: {{ ref('int_leads_resolved') }}
-- depends_on: {{ ref('int_person_lead_sets') }}

with

{% if is_incremental() %}

scored_through as (

    select
        coalesce(max(staged_through), cast('1900-01-01' as {{ dbt.type_timestamp() }})) as staged_through
    from {{ this }}

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

),

{% endif %}

{{ behavior_event_instants(
    up_to_score_as_of=false, persons_cte=('persons_to_score' if is_incremental() else none)) }},

instants as (

    select * from event_instants
    {%- if is_incremental() %}

    union all

    select
        {{ behavior_evaluation_row('persons_to_score.person_id', 'cast(null as ' ~ dbt.type_timestamp() ~ ')') }}
    from persons_to_score
    {%- endif %}

),

{{ behavior_running_scores() }},

final as (

    select
        {{ behavior_score_columns() }},
        {{ run_stamp() }} as staged_through
    from behavior_scored

)

select * from final
