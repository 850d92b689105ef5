{#-
    Everything that happens at an account, one row per signal, in production (definitions: MQA):
      - 'instant': a person's instant, with their buying role and whether their behavior score
        was at or over the engaged threshold then (the version in effect at that instant);
      - 'mql': a person's MQL event;
      - 'anonymous': an anonymous account-level activity (reverse-IP visit, ad click) matched
        to the account by its domain, with the points its type earns under the version in effect.
    Accounts are after subsidiary roll-up; unmatched persons and unknown domains have no account
    here. A view on DuckDB and PostgreSQL: on an incremental run
    int_account_qualification_instants reads only the signals of the accounts it evaluates
    again. A table on Spark, which rebuilds the account path in full and would otherwise inline
    the view into every reference.
-#}
{{ config(materialized='table' if target.type == 'spark' else 'view') }}

with instants as (

    select * from {{ ref('int_qualification_instants') }}
    where series = 'production' and not is_as_of_row

),

mqls as (

    select * from {{ ref('int_mql_events') }}
    where series = 'production'

),

matched as (

    select * from {{ ref('int_persons_matched_to_accounts') }}
    where resolved_account_id is not null

),

fit as (

    select * from {{ ref('int_persons_fit_scored') }}

),

anonymous_activities as (

    select * from {{ ref('int_activities_rekeyed') }}
    where person_id is null

),

domains as (

    select * from {{ ref('int_account_domains') }}

),

versions_in_effect as (

    select * from {{ ref('int_scoring_versions_in_effect') }}

),

rules as (

    select * from {{ ref('scoring_activity_rules') }}

),

clock as (

    select * from {{ ref('int_scoring_clock') }}

),

person_instants as (

    select
        'instant:' || instants.person_id || '|' || cast(
            cast(round({{ epoch_seconds('instants.occurred_at') }} * 1000000) as {{ dbt.type_bigint() }})
            as {{ dbt.type_string() }}
        ) as signal_id,
        matched.resolved_account_id as account_id,
        'instant' as signal,
        instants.person_id,
        instants.occurred_at,
        instants.model_version,
        fit.buying_role,
        {{ rounded_score('instants.behavior_score') }} >= instants.engaged_threshold as is_engaged,
        cast(0 as {{ dbt.type_numeric() }}) as anonymous_points
    from instants
    inner join matched
        on instants.person_id = matched.person_id
    inner join fit
        on instants.person_id = fit.person_id
            and instants.model_version = fit.model_version

),

person_mqls as (

    select
        'mql:' || mqls.mql_id as signal_id,
        matched.resolved_account_id as account_id,
        'mql' as signal,
        mqls.person_id,
        mqls.mql_at as occurred_at,
        mqls.model_version,
        fit.buying_role,
        true as is_engaged,
        cast(0 as {{ dbt.type_numeric() }}) as anonymous_points
    from mqls
    inner join matched
        on mqls.person_id = matched.person_id
    inner join fit
        on mqls.person_id = fit.person_id
            and mqls.model_version = fit.model_version

),

anonymous as (

    select
        'anonymous:' || anonymous_activities.activity_id as signal_id,
        domains.resolved_account_id as account_id,
        'anonymous' as signal,
        cast(null as {{ dbt.type_string() }}) as person_id,
        anonymous_activities.occurred_at,
        versions_in_effect.model_version,
        cast(null as {{ dbt.type_string() }}) as buying_role,
        false as is_engaged,
        cast(coalesce(rules.points, 0) as {{ dbt.type_numeric() }}) as anonymous_points
    from anonymous_activities
    cross join clock
    inner join domains
        on anonymous_activities.account_domain = domains.domain
    inner join versions_in_effect
        on anonymous_activities.occurred_at >= versions_in_effect.in_effect_from
            and anonymous_activities.occurred_at < versions_in_effect.in_effect_until
    left join rules
        on versions_in_effect.model_version = rules.model_version
            and anonymous_activities.activity_type = rules.activity_type
    where anonymous_activities.occurred_at <= clock.score_as_of

),

final as (

    select * from person_instants
    union all
    select * from person_mqls
    union all
    select * from anonymous

)

select * from final
