{#-
    Whether each account qualifies as an MQA at each instant something happens there (spec: MQA),
    under the version in effect at that instant: account fit at or over the account floor and,
    over the window (t - mqa_window_days, t], any of MQL people >= mqa_min_mqls, engaged people
    >= mqa_min_engaged, buying-group coverage >= mqa_min_coverage, anonymous points >=
    mqa_min_anonymous (a null parameter is unused). Reach and coverage count the version's
    required roles whose holders had any instant (reach) or an engaged instant (coverage) in the
    window. The as-of row (score_as_of) gives the current state.

    A signal at s is in the window of t exactly when t is in [s, s + W). A person's signals of
    one kind (any instant, engaged instant, MQL) whose intervals overlap or touch merge into one
    island [first, last + W), so each evaluation point meets each person at most once per kind
    and role, instead of once per instant in the window; anonymous activities stay one interval
    each, carrying their points.
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

windows as (

    select distinct mqa_window_days from versions

),

signal_epochs as (

    select
        *,
        {{ epoch_seconds('occurred_at') }} as t_epoch
    from signals

),

person_signals as (

    select
        account_id,
        person_id,
        buying_role,
        'active' as kind,
        t_epoch
    from signal_epochs
    where signal = 'instant'

    union all

    select
        account_id,
        person_id,
        buying_role,
        'engaged' as kind,
        t_epoch
    from signal_epochs
    where signal = 'instant' and is_engaged

    union all

    select
        account_id,
        person_id,
        buying_role,
        'mql' as kind,
        t_epoch
    from signal_epochs
    where signal = 'mql'

),

person_signals_in_order as (

    select
        person_signals.account_id,
        person_signals.person_id,
        person_signals.buying_role,
        person_signals.kind,
        person_signals.t_epoch,
        windows.mqa_window_days,
        lag(person_signals.t_epoch) over (
            partition by
                person_signals.account_id, person_signals.person_id, person_signals.buying_role,
                person_signals.kind, windows.mqa_window_days
            order by person_signals.t_epoch asc
        ) as previous_epoch
    from person_signals
    cross join windows

),

island_numbers as (

    select
        *,
        sum(case when previous_epoch is null or t_epoch > previous_epoch + mqa_window_days * 86400.0 then 1 else 0 end)
            over (
                partition by account_id, person_id, buying_role, kind, mqa_window_days
                order by t_epoch asc
                rows between unbounded preceding and current row
            ) as island
    from person_signals_in_order

),

intervals as (

    select
        account_id,
        person_id,
        buying_role,
        kind,
        mqa_window_days,
        min(t_epoch) as start_epoch,
        max(t_epoch) + mqa_window_days * 86400.0 as end_epoch,
        cast(0 as {{ dbt.type_numeric() }}) as anonymous_points
    from island_numbers
    group by account_id, person_id, buying_role, kind, mqa_window_days, island

    union all

    select
        signal_epochs.account_id,
        signal_epochs.person_id,
        signal_epochs.buying_role,
        'anonymous' as kind,
        windows.mqa_window_days,
        signal_epochs.t_epoch as start_epoch,
        signal_epochs.t_epoch + windows.mqa_window_days * 86400.0 as end_epoch,
        signal_epochs.anonymous_points
    from signal_epochs
    cross join windows
    where signal_epochs.signal = 'anonymous'

),

evaluated as (

    select
        evaluation_points.account_id,
        evaluation_points.occurred_at,
        evaluation_points.is_as_of_row,
        versions_in_effect.model_version,
        versions.mqa_window_days,
        {{ epoch_seconds('evaluation_points.occurred_at') }} as t_epoch
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
        count(distinct case when intervals.kind = 'mql' then intervals.person_id end) as mql_people,
        count(distinct case when intervals.kind = 'engaged' then intervals.person_id end) as engaged_people,
        count(distinct case when intervals.kind = 'active' then intervals.person_id end) as active_people,
        count(distinct case when intervals.kind = 'active' then required_roles.role end) as roles_reached,
        count(distinct case when intervals.kind = 'engaged' then required_roles.role end) as roles_engaged,
        cast(coalesce(sum(intervals.anonymous_points), 0) as {{ dbt.type_numeric() }}) as anonymous_points
    from evaluated
    inner join intervals
        on evaluated.account_id = intervals.account_id
            and evaluated.mqa_window_days = intervals.mqa_window_days
            and evaluated.t_epoch >= intervals.start_epoch
            and evaluated.t_epoch < intervals.end_epoch
    left join required_roles
        on evaluated.model_version = required_roles.model_version
            and intervals.buying_role = required_roles.role
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
