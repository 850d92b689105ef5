{#-
    One row per account after subsidiary roll-up (README, Marts: dim_accounts), as of score_as_of under
    the version in effect then: fit and tier, target-account flag and candidacy, people and
    engaged people, buying-group reach and coverage (fct_buying_group_roles), MQA status and
    history, intent, and a priority rank.
    priority_score = 0.5 * account fit + 50 * coverage, rounded once; the rank orders by it, then
    by intent (which only ever breaks a tie of rounded scores), then by account_id.
    The buying stage now is the last change's (fct_account_stage_changes; none without one), stalled
    when the days in it exceed the stage's stall_after_days under the version in effect.
-#}
with accounts as (

    select accounts.*
    from {{ ref('stg_raw__accounts') }} as accounts
    inner join {{ ref('int_accounts_rolled_up') }} as rolled_up
        on accounts.account_id = rolled_up.account_id
    where rolled_up.resolved_account_id = accounts.account_id

),

clock as (

    select * from {{ ref('int_scoring_clock') }}

),

roles as (

    select * from {{ ref('fct_buying_group_roles') }}

),

current_version as (

    select distinct model_version from roles

),

versions as (

    select versions.*
    from {{ ref('scoring_models') }} as versions
    inner join current_version
        on versions.model_version = current_version.model_version

),

fit as (

    select fit.*
    from {{ ref('int_accounts_fit_scored') }} as fit
    inner join current_version
        on fit.model_version = current_version.model_version

),

people as (

    select
        dim_leads.account_id,
        count(*) as people,
        sum(case when dim_leads.behavior_score >= versions.engaged_threshold then 1 else 0 end) as engaged_people,
        sum(case when dim_leads.is_mql then 1 else 0 end) as mql_people
    from {{ ref('dim_leads') }} as dim_leads
    cross join versions
    where dim_leads.account_id is not null
    group by dim_leads.account_id

),

buying_group as (

    select
        account_id,
        sum(case when is_required then 1 else 0 end) as required_roles,
        sum(case when is_required and status in ('active', 'engaged', 'aware') then 1 else 0 end) as roles_reached,
        sum(case when is_required and status in ('active', 'engaged') then 1 else 0 end) as roles_engaged,
        {{ ordered_list("case when is_required and status = 'not_yet' then role end", "role") }}
            as roles_missing
    from roles
    group by account_id

),

mqa_state as (

    select
        account_id,
        is_qualified as is_mqa
    from {{ ref('int_account_qualification_instants') }}
    where is_as_of_row

),

mqa_history as (

    select
        account_id,
        count(*) as mqa_count,
        max(mqa_at) as latest_mqa_at
    from {{ ref('int_mqa_events') }}
    group by account_id

),

stage_now as (

    select
        changes.account_id,
        changes.to_stage as stage,
        changes.changed_at as stage_entered_at,
        {{ elapsed('changes.changed_at', 'clock.score_as_of', 86400) }} as days_in_stage,
        stage_rules.stall_after_days
    from (
        select
            *,
            row_number() over (partition by account_id order by change_number desc) as recency
        from {{ ref('fct_account_stage_changes') }}
    ) as changes
    cross join clock
    inner join {{ ref('scoring_account_stages') }} as stage_rules
        on clock.model_version_in_effect = stage_rules.model_version
            and changes.to_stage = stage_rules.stage
    where changes.recency = 1

),

intent as (

    select
        intent.account_id,
        max(intent.intent_score) as intent_score
    from {{ ref('int_account_intent') }} as intent
    cross join clock
    cross join versions
    where intent.observed_at <= clock.score_as_of
        and intent.observed_epoch > clock.score_as_of_epoch - versions.mqa_window_days * 86400.0
    group by intent.account_id

),

joined as (

    select
        accounts.account_id,
        accounts.account_name,
        accounts.domain,
        accounts.industry,
        accounts.employee_count,
        accounts.country,
        accounts.owner_id,
        accounts.is_target_account,
        versions.model_version,
        fit.account_score,
        fit.tier,
        coalesce(people.people, 0) as people,
        coalesce(people.engaged_people, 0) as engaged_people,
        coalesce(people.mql_people, 0) as mql_people,
        buying_group.required_roles,
        buying_group.roles_reached,
        buying_group.roles_engaged,
        buying_group.roles_missing,
        cast(buying_group.roles_reached as {{ dbt.type_numeric() }})
        / nullif(buying_group.required_roles, 0) as reach,
        cast(buying_group.roles_engaged as {{ dbt.type_numeric() }})
        / nullif(buying_group.required_roles, 0) as coverage,
        coalesce(mqa_state.is_mqa, false) as is_mqa,
        coalesce(mqa_history.mqa_count, 0) as mqa_count,
        mqa_history.latest_mqa_at,
        coalesce(stage_now.stage, '{{ account_stages()[0] }}') as stage,
        stage_now.stage_entered_at,
        stage_now.days_in_stage,
        coalesce(stage_now.days_in_stage > stage_now.stall_after_days, false) as is_stalled,
        stage_now.stall_after_days,
        intent.intent_score
    from accounts
    cross join versions
    inner join fit
        on accounts.account_id = fit.account_key
    left join people
        on accounts.account_id = people.account_id
    left join buying_group
        on accounts.account_id = buying_group.account_id
    left join mqa_state
        on accounts.account_id = mqa_state.account_id
    left join mqa_history
        on accounts.account_id = mqa_history.account_id
    left join stage_now
        on accounts.account_id = stage_now.account_id
    left join intent
        on accounts.account_id = intent.account_id

),

prioritised as (

    select
        *,
        {{ rounded_score('0.5 * account_score + 50 * coalesce(coverage, 0)') }} as priority_score,
        tier in ('A', 'B') and not is_target_account and engaged_people > 0 as is_tal_candidate
    from joined

),

final as (

    select
        account_id,
        account_name,
        domain,
        industry,
        employee_count,
        country,
        owner_id,
        model_version,
        {{ mart_score('account_score') }} as account_score,
        tier,
        is_target_account,
        is_tal_candidate,
        people,
        engaged_people,
        mql_people,
        {{ mart_score('reach') }} as reach,
        {{ mart_score('coverage') }} as coverage,
        is_mqa,
        mqa_count,
        latest_mqa_at,
        stage,
        stage_entered_at,
        {{ report_number('days_in_stage') }} as days_in_stage,
        is_stalled,
        {{ mart_score('intent_score') }} as intent_score,
        priority_score,
        cast(row_number() over (
            order by priority_score desc, coalesce(intent_score, -1) desc, account_id
        ) as integer) as priority_rank,
        cast(
            coalesce(account_name, account_id) || ' (tier ' || tier
            || case when is_target_account then ', on the TAL' when is_tal_candidate then ', TAL candidate' else '' end
            || '): buying group ' || cast(coalesce(roles_reached, 0) as {{ dbt.type_string() }})
            || ' of ' || cast(coalesce(required_roles, 0) as {{ dbt.type_string() }}) || ' roles reached, '
            || cast(coalesce(roles_engaged, 0) as {{ dbt.type_string() }}) || ' engaged'
            || coalesce(', missing ' || roles_missing, '')
            || '; ' || cast(engaged_people as {{ dbt.type_string() }}) || ' engaged of '
            || cast(people as {{ dbt.type_string() }}) || ' people, '
            || cast(mql_people as {{ dbt.type_string() }}) || ' MQLs'
            || coalesce('; intent ' || {{ format_score('intent_score') }}, '')
            || case
                when is_mqa then '. MQA since ' || cast(cast(latest_mqa_at as date) as {{ dbt.type_string() }}) || '.'
                else '. Not an MQA.'
            end
            || ' Stage ' || stage
            || coalesce(
                ' for ' || cast(cast(floor(days_in_stage) as integer) as {{ dbt.type_string() }}) || ' days', ''
            )
            || case
                when is_stalled
                    then ', stalled (over ' || cast(stall_after_days as {{ dbt.type_string() }}) || ')'
                else ''
            end || '.'
            as {{ dbt.type_string() }}
        ) as why
    from prioritised

)

select {{ contract_columns() }}
from final
