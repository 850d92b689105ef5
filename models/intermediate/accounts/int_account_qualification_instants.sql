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
    island [first, last + W), and so do the signals of all holders of one buying role; anonymous
    activities stay one interval each, carrying their points. The counts at t are then a sweep:
    +1 at each island's start and -1 at its end (+points and -points for anonymous intervals),
    summed in time order per account and version up to t. Nothing joins an evaluation point to
    the signals in its window, so the work grows with the signals, not with signals times the
    points in their windows.
-#}
{#- The steps an interval's edges give, by grain and kind; each one's running sum is a count. -#}
{%- set edge_steps = [
    ('mql_step', 'person', 'mql'), ('engaged_step', 'person', 'engaged'), ('active_step', 'person', 'active'),
    ('reached_step', 'role', 'active'), ('role_engaged_step', 'role', 'engaged')] -%}
{%- set running_counts = [
    ('mql_people', 'mql_step'), ('engaged_people', 'engaged_step'), ('active_people', 'active_step'),
    ('roles_reached', 'reached_step'), ('roles_engaged', 'role_engaged_step'), ('open_intervals', 'open_step')] -%}

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

island_members as (

    -- Islands of each person per kind count people; islands of each buying role per kind (all
    -- its holders together) count the roles reached and engaged.
    select
        account_id,
        'person' as grain,
        person_id as member,
        kind,
        t_epoch
    from person_signals

    union all

    select
        account_id,
        'role' as grain,
        buying_role as member,
        kind,
        t_epoch
    from person_signals
    where buying_role is not null and kind in ('active', 'engaged')

),

members_in_order as (

    select
        island_members.*,
        windows.mqa_window_days,
        lag(island_members.t_epoch) over (
            partition by
                island_members.account_id, island_members.grain, island_members.member,
                island_members.kind, windows.mqa_window_days
            order by island_members.t_epoch asc
        ) as previous_epoch
    from island_members
    cross join windows

),

island_numbers as (

    select
        *,
        sum(case when previous_epoch is null or t_epoch > previous_epoch + mqa_window_days * 86400.0 then 1 else 0 end)
            over (
                partition by account_id, grain, member, kind, mqa_window_days
                order by t_epoch asc
                rows between unbounded preceding and current row
            ) as island
    from members_in_order

),

intervals as (

    select
        account_id,
        grain,
        member,
        kind,
        mqa_window_days,
        min(t_epoch) as start_epoch,
        max(t_epoch) + mqa_window_days * 86400.0 as end_epoch,
        cast(0 as {{ dbt.type_numeric() }}) as anonymous_points
    from island_numbers
    group by account_id, grain, member, kind, mqa_window_days, island

    union all

    select
        signal_epochs.account_id,
        'anonymous' as grain,
        cast(null as {{ dbt.type_string() }}) as member,
        'anonymous' as kind,
        windows.mqa_window_days,
        signal_epochs.t_epoch as start_epoch,
        signal_epochs.t_epoch + windows.mqa_window_days * 86400.0 as end_epoch,
        signal_epochs.anonymous_points
    from signal_epochs
    cross join windows
    where signal_epochs.signal = 'anonymous'

),

interval_edges as (

    select
        account_id,
        grain,
        member,
        kind,
        mqa_window_days,
        start_epoch as t_epoch,
        1 as step,
        anonymous_points
    from intervals

    union all

    select
        account_id,
        grain,
        member,
        kind,
        mqa_window_days,
        end_epoch as t_epoch,
        -1 as step,
        -anonymous_points as anonymous_points
    from intervals

),

version_edges as (

    -- Each edge under every version of its window; a role's edges only where the version
    -- requires the role.
    select
        interval_edges.account_id,
        versions.model_version,
        interval_edges.t_epoch,
        {%- for step, grain, kind in edge_steps %}
            case
                when interval_edges.grain = '{{ grain }}' and interval_edges.kind = '{{ kind }}'
                    then interval_edges.step
                else 0
            end as {{ step }},
        {%- endfor %}
        case when interval_edges.grain = 'role' then 0 else interval_edges.step end as open_step,
        interval_edges.anonymous_points
    from interval_edges
    inner join versions
        on interval_edges.mqa_window_days = versions.mqa_window_days
    left join required_roles
        on versions.model_version = required_roles.model_version
            and interval_edges.grain = 'role'
            and interval_edges.member = required_roles.role
    where interval_edges.grain <> 'role' or required_roles.role is not null

),

evaluated as (

    select
        evaluation_points.account_id,
        evaluation_points.occurred_at,
        evaluation_points.is_as_of_row,
        versions_in_effect.model_version,
        {{ epoch_seconds('evaluation_points.occurred_at') }} as t_epoch
    from evaluation_points
    inner join versions_in_effect
        on evaluation_points.occurred_at >= versions_in_effect.in_effect_from
            and evaluation_points.occurred_at < versions_in_effect.in_effect_until

),

sweep as (

    -- Edges and evaluation points in one time order per account and version; at the same
    -- instant the edges go first, so an interval counts from its start and not at its end.
    select
        account_id,
        model_version,
        t_epoch,
        0 as is_evaluation,
        cast(null as {{ dbt.type_timestamp() }}) as occurred_at,
        cast(null as {{ dbt.type_boolean() }}) as is_as_of_row,
        mql_step,
        engaged_step,
        active_step,
        reached_step,
        role_engaged_step,
        open_step,
        anonymous_points
    from version_edges

    union all

    select
        account_id,
        model_version,
        t_epoch,
        1 as is_evaluation,
        occurred_at,
        is_as_of_row,
        0 as mql_step,
        0 as engaged_step,
        0 as active_step,
        0 as reached_step,
        0 as role_engaged_step,
        0 as open_step,
        cast(0 as {{ dbt.type_numeric() }}) as anonymous_points
    from evaluated

),

swept as (

    select
        account_id,
        model_version,
        is_evaluation,
        occurred_at,
        is_as_of_row,
        {%- for column, step in running_counts %}
            sum({{ step }}) over running_window as {{ column }},
        {%- endfor %}
        sum(anonymous_points) over running_window as anonymous_points
    from sweep
    window running_window as (
        partition by account_id, model_version
        order by t_epoch asc, is_evaluation asc
        rows between unbounded preceding and current row
    )

),

windowed as (

    -- The evaluation points some interval covers (an account with nothing in its window has no
    -- row at that instant).
    select
        account_id,
        occurred_at,
        is_as_of_row,
        model_version,
        cast(mql_people as {{ dbt.type_bigint() }}) as mql_people,
        cast(engaged_people as {{ dbt.type_bigint() }}) as engaged_people,
        cast(active_people as {{ dbt.type_bigint() }}) as active_people,
        cast(roles_reached as {{ dbt.type_bigint() }}) as roles_reached,
        cast(roles_engaged as {{ dbt.type_bigint() }}) as roles_engaged,
        cast(anonymous_points as {{ dbt.type_numeric() }}) as anonymous_points
    from swept
    where is_evaluation = 1 and open_intervals > 0

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
