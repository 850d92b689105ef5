{#-
    Whether each person qualifies at each instant (definitions: Total and grade, MQL), in every series
    MQL detection reads: 'production' scores each instant under the active version in effect at
    that instant (the earliest active version before the first effective_from; drafts never
    score production), and a series named after a version flagged restate scores every instant
    under that version, as if it had been in effect all along (the restatement report).

    is_qualified (Q at t): person fit >= person_floor, account fit >= account_floor, and the
    total >= mql_threshold or a handraiser activity within the window (t - W <= occurred_at <= t).
    is_qualified_before (Q- at t): the same over behavior strictly before t, decayed to t, and
    handraisers strictly before t. Every comparison is on the value rounded once
    (rounded_score) and "at or over".

    Incremental on DuckDB and PostgreSQL (delete+insert by person, time and as-of flag). An
    instant's row depends on the behavior at the instant, the person's fit and the versions, so
    a run writes again, per person, the instants from the earliest of: the change
    int_behavior_changes logged, the instants int_behavior_instants wrote again, the instants
    the clock now admits or no longer admits (score_as_of moved), all of them when the person's
    fit changed (compared with the stored as-of rows); and every instant when the versions
    changed (versions_hash, of every scoring_models column read here). The as-of rows are
    person-sized and move with score_as_of: they are written again on every run. Each stored
    row written again also gets a row with a null series, which the post-hook removes.
-#}
-- sqlfluff:indentation:template_blocks_indent:false
{{ config(**high_volume_config(['person_id', 'occurred_at', 'is_as_of_row'], post_hook=[
    "delete from {{ this }} where series is null",
])) }}
{#- Read only in incremental runs: taken here, so dbt sees these parents when it parses. -#}
{%- set int_behavior_changes = ref('int_behavior_changes') %}
{%- set qualification_columns = ['series', 'person_id', 'model_version', 'occurred_at', 't_epoch',
    'is_as_of_row', 'activities', 'trigger_activity_id', 'trigger_activity_type', 'handraisers',
    'last_handraiser_epoch', 'last_handraiser_before_epoch', 'behavior_score', 'behavior_score_before',
    'person_score', 'account_score', 'tier', 'total_score', 'total_score_before', 'fit_score',
    'mql_threshold', 'person_floor', 'account_floor', 'handraiser_window_days', 'engaged_threshold',
    'active_threshold', 'is_fit', 'has_recent_handraiser', 'had_recent_handraiser_before', 'is_qualified',
    'is_qualified_before'] %}

with clock as (

    select * from {{ ref('int_scoring_clock') }}

),

fit as (

    select * from {{ ref('int_persons_fit_scored') }}

),

versions as (

    select * from {{ ref('scoring_models') }}

),

versions_hash as (

    -- one row: every scoring_models column this model reads
    select
        {{ rows_hash([
            'model_version', 'status', 'effective_from', 'w_behavior', 'w_person', 'w_account', 'mql_threshold',
            'person_floor', 'account_floor', 'handraiser_window_days', 'engaged_threshold', 'active_threshold',
            'restate'], 'model_version') }} as versions_hash
    from versions

),

{% if is_incremental() %}

scored_through as (

    select {{ stored_mark() }} as staged_through
    from {{ this }}

),

stored_as_of as (

    select * from {{ this }}
    where is_as_of_row

),

everyone_changed as (

    -- the versions differ from the stored rows' (or nothing is stored yet)
    {{ hash_differs_from_stored('versions_hash', 'versions_hash') }}

),

previous_clock as (

    select max(occurred_at) as score_as_of from stored_as_of

),

changes as (

    select
        changes.person_id,
        changes.changed_from_at
    from {{ int_behavior_changes }} as changes
    cross join scored_through
    where changes.staged_through > scored_through.staged_through

    union all

    -- instants written again upstream (also all of them, when the activity rules changed)
    select
        instants.person_id,
        min(instants.occurred_at) as changed_from_at
    from {{ ref('int_behavior_instants') }} as instants
    cross join scored_through
    where instants.staged_through > scored_through.staged_through
    group by instants.person_id

    union all

    -- instants the clock admits now, and stored instants it no longer admits
    select
        instants.person_id,
        min(instants.occurred_at) as changed_from_at
    from {{ ref('int_behavior_instants') }} as instants
    cross join clock
    cross join previous_clock
    where instants.occurred_at > previous_clock.score_as_of
        and instants.occurred_at <= clock.score_as_of
    group by instants.person_id

    union all

    select
        kept.person_id,
        min(kept.occurred_at) as changed_from_at
    from {{ this }} as kept
    cross join clock
    where not kept.is_as_of_row
        and kept.occurred_at > clock.score_as_of
    group by kept.person_id

    union all

    -- a changed fit changes every instant
    select distinct
        fit.person_id,
        cast(null as {{ dbt.type_timestamp() }}) as changed_from_at
    from fit
    left join stored_as_of
        on fit.person_id = stored_as_of.person_id
            and fit.model_version = stored_as_of.model_version
            and coalesce(abs(fit.person_score - stored_as_of.person_score) < 1e-9, false)
            and coalesce(abs(fit.account_score - stored_as_of.account_score) < 1e-9, false)
            and {{ values_equal('fit.tier', 'stored_as_of.tier') }}
    where stored_as_of.person_id is null

    union all

    select distinct
        instants.person_id,
        cast(null as {{ dbt.type_timestamp() }}) as changed_from_at
    from {{ ref('int_behavior_instants') }} as instants
    where exists (select 1 from everyone_changed)

),

persons_to_score as (

    -- from the earliest change on; null (from the start) wins
    select
        person_id,
        {{ earliest_change() }} as changed_from_at
    from changes
    group by person_id

),

recomputed_rows as (

    -- the stored instants written again, and every stored as-of row
    select distinct
        kept.person_id,
        kept.occurred_at,
        kept.is_as_of_row
    from {{ this }} as kept
    left join persons_to_score
        on kept.person_id = persons_to_score.person_id
    where kept.is_as_of_row
        or (
            persons_to_score.person_id is not null
            and (persons_to_score.changed_from_at is null or kept.occurred_at >= persons_to_score.changed_from_at)
        )

),

{% endif %}

behavior as (

    select {{ behavior_score_columns('instants') }}
    from {{ ref('int_behavior_instants') }} as instants
    {% if is_incremental() %}
    inner join persons_to_score
        on instants.person_id = persons_to_score.person_id
            and (persons_to_score.changed_from_at is null or instants.occurred_at >= persons_to_score.changed_from_at)
    {% endif %}
    where instants.occurred_at <= (select clock.score_as_of from clock)

    union all

    select {{ behavior_score_columns() }}
    from {{ ref('int_behavior_as_of') }}

),

versions_in_effect as (

    select * from {{ ref('int_scoring_versions_in_effect') }}

),

series as (

    select
        'production' as series,
        behavior.*
    from behavior
    inner join versions_in_effect
        on behavior.model_version = versions_in_effect.model_version
            and behavior.occurred_at >= versions_in_effect.in_effect_from
            and behavior.occurred_at < versions_in_effect.in_effect_until

    union all

    select
        behavior.model_version as series,
        behavior.*
    from behavior
    inner join versions
        on behavior.model_version = versions.model_version
    where versions.restate

),

scored as (

    select
        series.*,
        fit.person_score,
        fit.account_score,
        fit.tier,
        {{ total_score('versions', 'series.behavior_score', 'fit.person_score', 'fit.account_score') }}
            as total_score,
        {{ total_score('versions', 'series.behavior_score_before', 'fit.person_score', 'fit.account_score') }}
            as total_score_before,
        {{ fit_score('versions', 'fit.person_score', 'fit.account_score') }} as fit_score,
        versions.mql_threshold,
        versions.person_floor,
        versions.account_floor,
        versions.handraiser_window_days,
        versions.engaged_threshold,
        versions.active_threshold
    from series
    inner join fit
        on series.person_id = fit.person_id
            and series.model_version = fit.model_version
    inner join versions
        on series.model_version = versions.model_version

),

flagged as (

    select
        *,
        {{ rounded_score('person_score') }} >= person_floor
        and {{ rounded_score('account_score') }} >= account_floor as is_fit,
        coalesce(t_epoch - last_handraiser_epoch <= handraiser_window_days * 86400.0, false)
            as has_recent_handraiser,
        coalesce(t_epoch - last_handraiser_before_epoch <= handraiser_window_days * 86400.0, false)
            as had_recent_handraiser_before
    from scored

),

qualified as (

    select
        *,
        is_fit and ({{ rounded_score('total_score') }} >= mql_threshold or has_recent_handraiser)
            as is_qualified,
        is_fit and ({{ rounded_score('total_score_before') }} >= mql_threshold or had_recent_handraiser_before)
            as is_qualified_before
    from flagged

),

final as (

    select
        {%- for column in qualification_columns %}
        qualified.{{ column }},
        {%- endfor %}
        versions_hash.versions_hash,
        {{ run_stamp() }} as staged_through
    from qualified
    cross join versions_hash
    {%- if is_incremental() %}

    union all

    -- each stored row written again: the row that deletes it (series null; the nulls of an
    -- empty join keep the column types, which PostgreSQL would widen for a bare null)
    select
        {%- for column in qualification_columns %}
        {{ 'recomputed_rows' if column in ('person_id', 'occurred_at', 'is_as_of_row') else 'no_row' }}.{{ column }},
        {%- endfor %}
        versions_hash.versions_hash,
        {{ run_stamp() }} as staged_through
    from recomputed_rows
    cross join versions_hash
    left join qualified as no_row
        on 1 = 0
    {%- endif %}

)

select * from final
