{#-
    What the rules did, per scoring-model version and month (definitions: Restatement). For every
    version flagged restate: the MQL events it produced in production (scored_mqls) and the ones
    it would have produced had it been in effect all along (restated_mqls, R_v(p)). On the row of
    the version in effect at the month's start (n), the change in production MQLs since the
    previous month is split in two (definitions: Restatement), o being the version in effect
    the month before: from the rules = R_n(p) - R_o(p), from buyers = R_o(p) - R_o(p - 1). What neither
    explains (re-qualifications at a version switch, where production judged the previous
    instant under the old rules) is change_other.
-#}
with restated as (

    select * from {{ ref('fct_restated_mqls') }}

),

production as (

    select * from {{ ref('fct_mqls') }}

),

versions as (

    select * from {{ ref('scoring_models') }}
    where restate

),

versions_in_effect as (

    select * from {{ ref('int_scoring_versions_in_effect') }}

),

activities as (

    select * from {{ ref('int_activities_rekeyed') }}

),

months as (

    select distinct {{ period_start('month', 'occurred_at') }} as period_start
    from activities

),

in_effect as (

    select
        months.period_start,
        versions_in_effect.model_version
    from months
    inner join versions_in_effect
        on cast(months.period_start as {{ dbt.type_timestamp() }}) >= versions_in_effect.in_effect_from
            and cast(months.period_start as {{ dbt.type_timestamp() }}) < versions_in_effect.in_effect_until

),

restated_counts as (

    select
        model_version,
        {{ period_start('month', 'mql_at') }} as period_start,
        count(*) as restated_mqls,
        count(distinct account_key) as restated_mql_accounts
    from restated
    group by model_version, {{ period_start('month', 'mql_at') }}

),

scored_counts as (

    select
        model_version,
        {{ period_start('month', 'mql_at') }} as period_start,
        count(*) as scored_mqls
    from production
    group by model_version, {{ period_start('month', 'mql_at') }}

),

grid as (

    select
        versions.model_version,
        versions.status,
        versions.mql_threshold,
        months.period_start,
        {{ dbt.dateadd('month', -1, 'months.period_start') }} as previous_period_start,
        coalesce(restated_counts.restated_mqls, 0) as restated_mqls,
        coalesce(restated_counts.restated_mql_accounts, 0) as restated_mql_accounts,
        coalesce(scored_counts.scored_mqls, 0) as scored_mqls
    from versions
    cross join months
    left join restated_counts
        on versions.model_version = restated_counts.model_version
            and months.period_start = restated_counts.period_start
    left join scored_counts
        on versions.model_version = scored_counts.model_version
            and months.period_start = scored_counts.period_start

),

production_totals as (

    select
        period_start,
        sum(scored_mqls) as production_mqls
    from grid
    group by period_start

),

decomposed as (

    select
        grid.model_version,
        grid.period_start,
        previous_in_effect.model_version as previous_version,
        current_totals.production_mqls - previous_totals.production_mqls as change_in_production,
        grid.restated_mqls - previous_version_now.restated_mqls as change_from_rules,
        previous_version_now.restated_mqls - previous_version_before.restated_mqls as change_from_buyers
    from grid
    inner join in_effect
        on grid.model_version = in_effect.model_version
            and grid.period_start = in_effect.period_start
    inner join in_effect as previous_in_effect
        on cast(grid.previous_period_start as date) = previous_in_effect.period_start
    inner join grid as previous_version_now
        on previous_in_effect.model_version = previous_version_now.model_version
            and grid.period_start = previous_version_now.period_start
    inner join grid as previous_version_before
        on previous_in_effect.model_version = previous_version_before.model_version
            and previous_in_effect.period_start = previous_version_before.period_start
    inner join production_totals as current_totals
        on grid.period_start = current_totals.period_start
    inner join production_totals as previous_totals
        on previous_in_effect.period_start = previous_totals.period_start

),

final as (

    select
        grid.model_version,
        grid.status,
        {{ mart_score('grid.mql_threshold') }} as mql_threshold,
        grid.period_start,
        in_effect.model_version is not null as is_in_effect,
        grid.scored_mqls,
        grid.restated_mqls,
        grid.restated_mql_accounts,
        decomposed.previous_version,
        decomposed.change_in_production,
        decomposed.change_from_rules,
        decomposed.change_from_buyers,
        cast(
            decomposed.change_in_production - decomposed.change_from_rules - decomposed.change_from_buyers
            as integer
        ) as change_other
    from grid
    left join in_effect
        on grid.model_version = in_effect.model_version
            and grid.period_start = in_effect.period_start
    left join decomposed
        on grid.model_version = decomposed.model_version
            and grid.period_start = decomposed.period_start

)

select {{ contract_columns() }}
from final
