{#-
    Whether each account qualifies as an MQA at each instant something happens there (spec: MQA),
    under the version in effect at that instant: account fit at or over the account floor and,
    over the window (t - mqa_window_days, t], any of MQL people >= mqa_min_mqls, engaged people
    >= mqa_min_engaged, buying-group coverage >= mqa_min_coverage, anonymous points >=
    mqa_min_anonymous (a null parameter is unused). Reach and coverage count the version's
    required roles whose holders had any instant (reach) or an engaged instant (coverage) in the
    window. The as-of row (score_as_of) gives the current state.
-#}
with signals as (

    select * from {{ ref('int_account_signals') }}

),

clock as (

    select * from {{ ref('int_scoring_clock') }}

),

versions_in_effect as (

    select * from {{ ref('int_scoring_versions_in_effect') }}

),

versions as (

    select * from {{ ref('scoring_models') }}

),

required_roles as (

    select
        model_version,
        role
    from {{ ref('scoring_buying_group_roles') }}
    where required

),

required_counts as (

    select
        model_version,
        count(*) as required_roles
    from required_roles
    group by model_version

),

account_fit as (

    select * from {{ ref('int_accounts_fit_scored') }}

),

evaluation_points as (

    select distinct
        signals.account_id,
        signals.occurred_at,
        false as is_as_of_row
    from signals

    union all

    select distinct
        signals.account_id,
        clock.score_as_of as occurred_at,
        true as is_as_of_row
    from signals
    cross join clock

),

evaluated as (

    select
        evaluation_points.account_id,
        evaluation_points.occurred_at,
        evaluation_points.is_as_of_row,
        versions_in_effect.model_version,
        versions.mqa_window_days
    from evaluation_points
    inner join versions_in_effect
        on evaluation_points.occurred_at >= versions_in_effect.in_effect_from
            and evaluation_points.occurred_at < versions_in_effect.in_effect_until
    inner join versions
        on versions_in_effect.model_version = versions.model_version

),

windowed as (

    select
        evaluated.account_id,
        evaluated.occurred_at,
        evaluated.is_as_of_row,
        evaluated.model_version,
        count(distinct case when signals.signal = 'mql' then signals.person_id end) as mql_people,
        count(distinct case when signals.signal = 'instant' and signals.is_engaged then signals.person_id end)
            as engaged_people,
        count(distinct case when signals.signal = 'instant' then signals.person_id end) as active_people,
        count(distinct case when signals.signal = 'instant' then required_roles.role end) as roles_reached,
        count(distinct case when signals.signal = 'instant' and signals.is_engaged then required_roles.role end)
            as roles_engaged,
        cast(coalesce(sum(signals.anonymous_points), 0) as {{ dbt.type_numeric() }}) as anonymous_points
    from evaluated
    inner join signals
        on evaluated.account_id = signals.account_id
            and evaluated.occurred_at >= signals.occurred_at
            and {{ epoch_seconds('signals.occurred_at') }}
            > {{ epoch_seconds('evaluated.occurred_at') }} - evaluated.mqa_window_days * 86400.0
    left join required_roles
        on evaluated.model_version = required_roles.model_version
            and signals.buying_role = required_roles.role
    group by evaluated.account_id, evaluated.occurred_at, evaluated.is_as_of_row, evaluated.model_version

),

final as (

    select
        windowed.*,
        account_fit.account_score,
        account_fit.tier,
        cast(windowed.roles_reached as {{ dbt.type_numeric() }})
        / nullif(required_counts.required_roles, 0) as reach,
        cast(windowed.roles_engaged as {{ dbt.type_numeric() }})
        / nullif(required_counts.required_roles, 0) as coverage,
        required_counts.required_roles,
        versions.account_floor,
        versions.mqa_cooldown_days,
        {{ rounded_score('account_fit.account_score') }} >= versions.account_floor
        and (
            coalesce(windowed.mql_people >= versions.mqa_min_mqls, false)
            or coalesce(windowed.engaged_people >= versions.mqa_min_engaged, false)
            or coalesce(
                {{ rounded_score(
                    'cast(windowed.roles_engaged as ' ~ dbt.type_numeric() ~ ') / nullif(required_counts.required_roles, 0)'
                ) }} >= versions.mqa_min_coverage,
                false
            )
            or coalesce({{ rounded_score('windowed.anonymous_points') }} >= versions.mqa_min_anonymous, false)
        ) as is_qualified
    from windowed
    inner join account_fit
        on windowed.account_id = account_fit.account_key
            and windowed.model_version = account_fit.model_version
    inner join versions
        on windowed.model_version = versions.model_version
    left join required_counts
        on windowed.model_version = required_counts.model_version

)

select * from final
