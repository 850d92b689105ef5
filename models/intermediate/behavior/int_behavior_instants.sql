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

    Incremental on DuckDB and PostgreSQL (delete+insert by person and version): a run scores
    again, from their first event, every person with an activity row staged since this model
    last ran (base_raw__activities.staged_at) or whose lead records changed
    (int_person_lead_sets), under every version; and every person under each version whose
    activity rules changed since (rules_hash, a hash of the version's scoring_activity_rules
    rows, is stored on every row and compared), so a draft added or a rule edited is scored in
    full without --full-refresh. Each (person, version) scored again also gets a row with a null
    occurred_at, so its old rows are deleted even when nothing of it is left to score; the
    post-hooks remove those rows and the rows of versions no longer in scoring_models. Every row
    holds events of all times: readers keep occurred_at <= score_as_of.
-#}
-- sqlfluff:indentation:template_blocks_indent:false
{{ config(**high_volume_config(['person_id', 'model_version'], post_hook=[
    "delete from {{ this }} where occurred_at is null",
    "delete from {{ this }} where model_version not in (select model_version from {{ ref('scoring_models') }})",
])) }}
-- depends_on: {{ ref('base_raw__activities') }}
-- depends_on: {{ ref('int_leads_resolved') }}
-- depends_on: {{ ref('int_person_lead_sets') }}

{%- set rule_text = dbt.concat([
    "rules.activity_type", "'/'", "coalesce(cast(rules.points as " ~ dbt.type_string() ~ "), '')",
    "'/'", "coalesce(cast(rules.half_life_days as " ~ dbt.type_string() ~ "), '')",
    "'/'", "coalesce(cast(rules.cap as " ~ dbt.type_string() ~ "), '')",
    "'/'", "coalesce(cast(rules.is_handraiser as " ~ dbt.type_string() ~ "), '')"]) %}

with

version_hashes as (

    -- Spark rebuilds this model in full on every run: there the hash is never compared.
    select
        versions.model_version,
        {% if target.type == 'spark' -%}
            cast(null as {{ dbt.type_string() }})
        {%- else -%}
        {{ dbt.hash("coalesce(" ~ dbt.listagg(rule_text, "'|'", "order by rules.activity_type") ~ ", '')") }}
        {%- endif %} as rules_hash
    from {{ ref('scoring_models') }} as versions
    left join {{ ref('scoring_activity_rules') }} as rules
        on versions.model_version = rules.model_version
    group by versions.model_version

),

{% if is_incremental() %}

stored_hashes as (

    select distinct
        model_version,
        rules_hash
    from {{ this }}

),

changed_versions as (

    select version_hashes.model_version
    from version_hashes
    left join stored_hashes
        on version_hashes.model_version = stored_hashes.model_version
            and version_hashes.rules_hash = stored_hashes.rules_hash
    where stored_hashes.model_version is null

),

scored_through as (

    select
        coalesce(max(staged_through), cast('1900-01-01' as {{ dbt.type_timestamp() }})) as staged_through
    from {{ this }}

),

persons_with_changes as (

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

persons_to_score as (

    select person_id from persons_with_changes

    union

    select activities.person_id
    from {{ ref('int_activities_rekeyed') }} as activities
    where activities.person_id is not null
        and exists (select 1 from changed_versions)

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

hashed as (

    select
        behavior_scored.*,
        version_hashes.rules_hash
    from behavior_scored
    inner join version_hashes
        on behavior_scored.model_version = version_hashes.model_version
    {%- if is_incremental() %}
    where behavior_scored.person_id in (select persons_with_changes.person_id from persons_with_changes)
        or behavior_scored.model_version in (select changed_versions.model_version from changed_versions)
    {%- endif %}

),

final as (

    select
        {{ behavior_score_columns() }},
        rules_hash,
        {{ run_stamp() }} as staged_through
    from hashed

)

select * from final
