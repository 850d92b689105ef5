{#-
    One row per surviving person (README, Marts: dim_leads): identity, account and match method, the
    normalised title's seniority, department and buying role, the current scores (as of
    score_as_of, under the active version in effect then), grade, MQL status and history, and a
    sentence saying why the lead is or is not an MQL.
-#}

with current_scores as (

    select * from {{ ref('int_qualification_instants') }}
    where series = 'production' and is_as_of_row

),

persons as (

    select * from {{ ref('int_persons') }}

),

matched as (

    select * from {{ ref('int_persons_matched_to_accounts') }}

),

accounts as (

    select * from {{ ref('stg_raw__accounts') }}

),

fit as (

    select * from {{ ref('int_persons_fit_scored') }}

),

mqls as (

    select
        person_id,
        count(*) as mql_count,
        min(mql_at) as first_mql_at,
        max(mql_at) as latest_mql_at
    from {{ ref('int_mql_events') }}
    where series = 'production'
    group by person_id

),

recency as (

    select * from {{ ref('int_person_activity_recency') }}

),

contributions as (

    select * from {{ ref('int_lead_contributions') }}

),

last_activity as (

    select
        person_id,
        max(last_at) as last_activity_at
    from recency
    group by person_id

),

joined as (

    select
        persons.*,
        matched.resolved_account_id,
        matched.account_key,
        matched.match_method,
        coalesce(accounts.account_name, persons.company_name) as account_name,
        fit.seniority,
        fit.department,
        fit.buying_role,
        current_scores.model_version,
        current_scores.occurred_at as score_as_of,
        current_scores.behavior_score,
        current_scores.person_score,
        current_scores.account_score,
        current_scores.total_score,
        current_scores.fit_score,
        current_scores.tier,
        current_scores.is_qualified,
        current_scores.is_fit,
        current_scores.mql_threshold,
        current_scores.person_floor,
        current_scores.account_floor,
        current_scores.engaged_threshold,
        current_scores.active_threshold,
        {{ grade('current_scores.fit_score', 'current_scores.behavior_score',
                 'current_scores.engaged_threshold', 'current_scores.active_threshold') }} as grade,
        mqls.mql_count,
        mqls.first_mql_at,
        mqls.latest_mql_at,
        last_activity.last_activity_at,
        contributions.recency
    from persons
    inner join matched
        on persons.person_id = matched.person_id
    left join accounts
        on matched.resolved_account_id = accounts.account_id
    inner join current_scores
        on persons.person_id = current_scores.person_id
    inner join fit
        on current_scores.person_id = fit.person_id
            and current_scores.model_version = fit.model_version
    left join mqls
        on persons.person_id = mqls.person_id
    left join last_activity
        on persons.person_id = last_activity.person_id
    left join contributions
        on persons.person_id = contributions.person_id

),

final as (

    select
        person_id as lead_id,
        {{ personal_data("email") }} as email,
        {{ personal_data("first_name") }} as first_name,
        {{ personal_data("last_name") }} as last_name,
        job_title,
        resolved_account_id as account_id,
        account_key,
        account_name,
        match_method,
        email_type,
        seniority,
        department,
        buying_role,
        lead_source,
        owner_id,
        lead_status,
        created_at,
        lead_records,
        model_version,
        score_as_of,
        {{ mart_score('behavior_score') }} as behavior_score,
        {{ mart_score('person_score') }} as person_score,
        {{ mart_score('account_score') }} as account_score,
        {{ mart_score('total_score') }} as total_score,
        {{ mart_score('fit_score') }} as fit_score,
        tier,
        grade,
        is_qualified as is_mql,
        coalesce(mql_count, 0) as mql_count,
        first_mql_at,
        latest_mql_at,
        last_activity_at,
        cast(
            coalesce(job_title, 'Unknown title') || ' at ' || coalesce(account_name, 'an unmatched company')
            || ' (tier ' || tier || ', grade ' || grade || '): '
            || coalesce(recency, 'no recent activity that scores')
            || '; total ' || {{ format_score('total_score') }}
            || ' (behavior ' || {{ format_score('behavior_score') }}
            || ', person fit ' || {{ format_score('person_score') }}
            || ', account fit ' || {{ format_score('account_score') }} || '). '
            || case
                when is_qualified
                    then 'MQL since ' || cast(cast(latest_mql_at as date) as {{ dbt.type_string() }}) || '.'
                else 'Not an MQL: '
                    || case
                        when {{ rounded_score('person_score') }} < person_floor
                            then 'person fit ' || {{ format_score('person_score') }}
                                || ', floor ' || {{ format_score('person_floor') }}
                        when {{ rounded_score('account_score') }} < account_floor
                            then 'account fit ' || {{ format_score('account_score') }}
                                || ', floor ' || {{ format_score('account_floor') }}
                        else 'total ' || {{ format_score('total_score') }}
                            || ', threshold ' || {{ format_score('mql_threshold') }}
                    end || '.'
            end
            as {{ dbt.type_string() }}
        ) as why
    from joined

)

select {{ contract_columns() }}
from final
