{#-
    Behavior score of every person at every instant, under every scoring-model version (definitions:
    Behavior score, Instants). An instant is a person's activities with the same occurred_at,
    evaluated together. The score "now" is int_behavior_as_of.

    The capped type values at the instant (int_behavior_type_values, from the running sums of
    int_behavior_decayed_counts) are added and clamped to 0-100; behavior_score_before is the same
    over events strictly before the instant, decayed to it. Handraiser times are the latest
    handraiser type's event at or before (strictly before) the instant. An instant whose person
    has no scored activity yet scores 0. The trigger is the instant's lowest activity_id. Every
    row holds events of all times: readers keep occurred_at <= score_as_of.

    Incremental on DuckDB and PostgreSQL (delete+insert by person and instant): a row depends on
    its instant only (the running sums carry the history), so a run writes again the instants
    at or after the time each person's behavior changed from (int_behavior_changes, the rows
    logged since this model last ran; null: all of them), and every instant when the rules or
    the versions changed (rules_hash, a hash of scoring_models and scoring_activity_rules,
    stored on every row and compared). Each stored instant written again also gets a row with a
    null model_version, which the post-hook removes, so an instant that is gone is deleted.
-#}
-- sqlfluff:indentation:template_blocks_indent:false
{{ config(**high_volume_config(['person_id', 'occurred_at'], post_hook=[
    "delete from {{ this }} where model_version is null",
])) }}
{#- Read only in incremental runs: taken here, so dbt sees these parents when it parses. -#}
{%- set int_behavior_changes = ref('int_behavior_changes') %}

with rules_hash as (

    -- one row: the versions and their activity rules
    select
        {{ rows_hash([
            'versions.model_version', 'rules.activity_type', 'rules.points', 'rules.half_life_days', 'rules.cap',
            'rules.is_handraiser'], 'versions.model_version, rules.activity_type') }} as rules_hash
    from {{ ref('scoring_models') }} as versions
    left join {{ ref('scoring_activity_rules') }} as rules
        on versions.model_version = rules.model_version

),

{% if is_incremental() %}

scored_through as (

    select {{ stored_mark() }} as staged_through
    from {{ this }}

),

everyone_changed as (

    -- the rules or versions differ from the stored rows' (or nothing is stored yet)
    {{ hash_differs_from_stored('rules_hash', 'rules_hash') }}

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

persons_to_score as (

    -- from the earliest change on; null (from the start) wins
    select
        person_id,
        {{ earliest_change() }} as changed_from_at
    from changes
    group by person_id

),

recomputed_instants as (

    select distinct
        kept.person_id,
        kept.occurred_at
    from {{ this }} as kept
    inner join persons_to_score
        on kept.person_id = persons_to_score.person_id
    where persons_to_score.changed_from_at is null
        or kept.occurred_at >= persons_to_score.changed_from_at

),

{% else %}

persons_to_score as (

    select distinct
        person_id,
        cast(null as {{ dbt.type_timestamp() }}) as changed_from_at
    from {{ ref('int_activities_rekeyed') }}
    where person_id is not null

),

{% endif %}

events as (

    select
        activities.person_id,
        activities.activity_id,
        activities.activity_type,
        activities.occurred_at,
        row_number() over (
            partition by activities.person_id, activities.occurred_at
            order by activities.activity_id
        ) as order_in_instant
    from {{ ref('int_activities_rekeyed') }} as activities
    inner join persons_to_score
        on activities.person_id = persons_to_score.person_id
    where persons_to_score.changed_from_at is null
        or activities.occurred_at >= persons_to_score.changed_from_at

),

instants as (

    select
        person_id,
        occurred_at,
        max(case when order_in_instant = 1 then activity_id end) as trigger_activity_id,
        max(case when order_in_instant = 1 then activity_type end) as trigger_activity_type,
        count(*) as activities
    from events
    group by person_id, occurred_at

),

values_at_instants as (

    -- the handraiser counts join the rules here: the view leaves is_handraiser out
    select
        type_values.person_id,
        type_values.model_version,
        type_values.occurred_at,
        sum(type_values.type_value) as value_added,
        sum(type_values.type_value_before) as value_before_added,
        sum(case when rules.is_handraiser then type_values.activities else 0 end) as handraisers,
        max(case when rules.is_handraiser then type_values.last_event_epoch end) as last_handraiser_epoch,
        max(case when rules.is_handraiser then type_values.last_event_before_epoch end)
            as last_handraiser_before_epoch
    from {{ ref('int_behavior_type_values') }} as type_values
    inner join persons_to_score
        on type_values.person_id = persons_to_score.person_id
    inner join {{ ref('scoring_activity_rules') }} as rules
        on type_values.model_version = rules.model_version
            and type_values.activity_type = rules.activity_type
    where persons_to_score.changed_from_at is null
        or type_values.occurred_at >= persons_to_score.changed_from_at
    group by type_values.person_id, type_values.model_version, type_values.occurred_at

),

scored as (

    select
        instants.person_id,
        versions.model_version,
        instants.occurred_at,
        {{ epoch_seconds('instants.occurred_at') }} as t_epoch,
        false as is_as_of_row,
        instants.activities,
        instants.trigger_activity_id,
        instants.trigger_activity_type,
        coalesce(values_at_instants.handraisers, 0) as handraisers,
        values_at_instants.last_handraiser_epoch,
        values_at_instants.last_handraiser_before_epoch,
        {{ clamp('coalesce(values_at_instants.value_added, 0)') }} as behavior_score,
        {{ clamp('coalesce(values_at_instants.value_before_added, 0)') }} as behavior_score_before,
        rules_hash.rules_hash,
        {{ run_stamp() }} as staged_through
    from instants
    cross join {{ ref('scoring_models') }} as versions
    cross join rules_hash
    left join values_at_instants
        on instants.person_id = values_at_instants.person_id
            and versions.model_version = values_at_instants.model_version
            and instants.occurred_at = values_at_instants.occurred_at

),

final as (

    select * from scored
    {%- if is_incremental() %}

    union all

    -- each stored instant written again: the row that deletes it (model_version null; the nulls
    -- of an empty join keep the column types, which PostgreSQL would widen for a bare null)
    select
        recomputed_instants.person_id,
        no_row.model_version,
        recomputed_instants.occurred_at,
        no_row.t_epoch,
        no_row.is_as_of_row,
        no_row.activities,
        no_row.trigger_activity_id,
        no_row.trigger_activity_type,
        no_row.handraisers,
        no_row.last_handraiser_epoch,
        no_row.last_handraiser_before_epoch,
        no_row.behavior_score,
        no_row.behavior_score_before,
        rules_hash.rules_hash,
        {{ run_stamp() }} as staged_through
    from recomputed_instants
    cross join rules_hash
    left join scored as no_row
        on 1 = 0
    {%- endif %}

)

select * from final
