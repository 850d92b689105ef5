{#-
    What each version flagged restate (drafts included) would change today: per version and
    account, the people in MQL state at score_as_of in production and under that version had it
    been in effect all along, the people it would add and drop, and whether the account would
    gain its first MQL person (added) or lose its last (dropped). Only accounts with a change.
-#}
with qualification_now as (

    select
        series,
        person_id,
        is_qualified
    from {{ ref('int_qualification_instants') }}
    where is_as_of_row

),

versions as (

    select * from {{ ref('scoring_models') }}
    where restate

),

matched as (

    select * from {{ ref('int_persons_matched_to_accounts') }}

),

compared as (

    select
        versions.model_version,
        versions.status,
        restated.person_id,
        coalesce(production.is_qualified, false) as is_mql_now,
        restated.is_qualified as is_mql_restated
    from versions
    inner join qualification_now as restated
        on versions.model_version = restated.series
    left join qualification_now as production
        on restated.person_id = production.person_id
            and production.series = 'production'

),

by_account as (

    select
        compared.model_version,
        compared.status,
        matched.resolved_account_id,
        matched.account_key,
        sum(case when compared.is_mql_now then 1 else 0 end) as mql_leads_now,
        sum(case when compared.is_mql_restated then 1 else 0 end) as mql_leads_restated,
        sum(case when compared.is_mql_restated and not compared.is_mql_now then 1 else 0 end) as leads_added,
        sum(case when compared.is_mql_now and not compared.is_mql_restated then 1 else 0 end) as leads_dropped
    from compared
    inner join matched
        on compared.person_id = matched.person_id
    group by compared.model_version, compared.status, matched.resolved_account_id, matched.account_key

),

final as (

    select
        model_version,
        status,
        resolved_account_id as account_id,
        account_key,
        mql_leads_now,
        mql_leads_restated,
        leads_added,
        leads_dropped,
        cast(
            case
                when mql_leads_now = 0 then 'added'
                when mql_leads_restated = 0 then 'dropped'
                else 'changed'
            end as {{ dbt.type_string() }}
        ) as account_change
    from by_account
    where leads_added > 0 or leads_dropped > 0

)

select {{ contract_columns() }}
from final
