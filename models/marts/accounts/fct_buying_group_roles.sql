{#-
    One row per account and configured buying-group role, as of score_as_of under the version in
    effect then (definitions: Buying group). Each person holds at most the one role their title gives;
    the holder is the best-engaged person with the role at the account (higher behavior score,
    then activity inside the window, then lead_id). Status: active (behavior >= active
    threshold), engaged (>= engaged threshold), aware (any activity in the version's buying-group
    window), not_yet (no holder, or no activity in the window). Accounts are after roll-up.
-#}
with clock as (

    select * from {{ ref('int_scoring_clock') }}

),

current_version as (

    select model_version_in_effect as model_version from clock

),

versions as (

    select * from {{ ref('scoring_models') }}

),

accounts as (

    select distinct resolved_account_id as account_id
    from {{ ref('int_accounts_rolled_up') }}

),

roles as (

    select roles.*
    from {{ ref('scoring_buying_group_roles') }} as roles
    inner join current_version
        on roles.model_version = current_version.model_version

),

current_scores as (

    select * from {{ ref('int_qualification_instants') }}
    where series = 'production' and is_as_of_row

),

last_activity as (

    select
        activities.person_id,
        max(activities.occurred_at) as last_activity_at
    from {{ ref('int_activities_rekeyed') }} as activities
    cross join {{ ref('int_scoring_clock') }} as clock
    where activities.occurred_at <= clock.score_as_of
    group by activities.person_id

),

people as (

    select
        matched.resolved_account_id as account_id,
        fit.buying_role,
        current_scores.person_id,
        current_scores.behavior_score,
        current_scores.engaged_threshold,
        current_scores.active_threshold,
        last_activity.last_activity_at,
        coalesce(
            {{ epoch_seconds('last_activity.last_activity_at') }}
            > clock.score_as_of_epoch - versions.buying_group_window_days * 86400.0,
            false
        ) as is_active_in_window
    from current_scores
    cross join clock
    inner join {{ ref('int_persons_matched_to_accounts') }} as matched
        on current_scores.person_id = matched.person_id
    inner join {{ ref('int_persons_fit_scored') }} as fit
        on current_scores.person_id = fit.person_id
            and current_scores.model_version = fit.model_version
    inner join versions
        on current_scores.model_version = versions.model_version
    left join last_activity
        on current_scores.person_id = last_activity.person_id
    where matched.resolved_account_id is not null

),

holders as (

    select
        people.*,
        row_number() over (
            partition by people.account_id, people.buying_role
            order by
                people.behavior_score desc,
                case when people.is_active_in_window then 0 else 1 end asc,
                people.person_id asc
        ) as holder_rank
    from people

),

final as (

    select
        accounts.account_id,
        roles.role,
        roles.model_version,
        roles.required as is_required,
        holders.person_id as lead_id,
        cast(case
            when holders.person_id is null then 'not_yet'
            when {{ rounded_score('holders.behavior_score') }} >= holders.active_threshold then 'active'
            when {{ rounded_score('holders.behavior_score') }} >= holders.engaged_threshold then 'engaged'
            when holders.is_active_in_window then 'aware'
            else 'not_yet'
        end as {{ dbt.type_string() }}) as status,
        {{ mart_score('holders.behavior_score') }} as behavior_score,
        holders.last_activity_at
    from accounts
    cross join roles
    left join holders
        on accounts.account_id = holders.account_id
            and roles.role = holders.buying_role
            and holders.holder_rank = 1

)

select {{ contract_columns() }}
from final
