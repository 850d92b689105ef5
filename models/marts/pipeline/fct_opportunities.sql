{#-
    One row per staged opportunity, credited to an MQL or not: every pipeline dollar is here once.
    Its account after subsidiary roll-up with the account's segments now (dim_accounts), owner
    and the owner's team (raw owners, optional), type, the money and the dates, the MQL it is credited to (int_opportunities_credited)
    or why none, and where it came from. sourcing, first match wins:
      - marketing_sourced: credited to an MQL (of its primary lead or at its account);
      - marketing_influenced: a marketing touch before it (int_opportunity_touches: an activity
        with a campaign, of a type flagged is_touch, by a person at the account, in the
        attribution_lookback_days before creation);
      - sales_sourced: neither.
    is_marketing_influenced says whether it had such a touch, whatever its sourcing, so a sourced
    deal with touches counts as influenced too. crm_source_label is the CRM's own source field,
    kept as it came.
-#}
with opportunities as (

    select * from {{ ref('int_opportunities_credited') }}

),

touches as (

    select
        opportunity_id,
        count(*) as marketing_touches,
        min(occurred_at) as first_touch_at
    from {{ ref('int_opportunity_touches') }}
    group by opportunity_id

),

accounts as (

    select * from {{ ref('dim_accounts') }}

),

owners as (

    select * from {{ ref('stg_raw__owners') }}

),

sourced as (

    select
        opportunities.*,
        coalesce(touches.marketing_touches, 0) as marketing_touches,
        touches.first_touch_at,
        case
            when opportunities.credit <> 'none' then 'marketing_sourced'
            when touches.opportunity_id is not null then 'marketing_influenced'
            else 'sales_sourced'
        end as sourcing
    from opportunities
    left join touches
        on opportunities.opportunity_id = touches.opportunity_id

),

final as (

    select
        sourced.opportunity_id,
        sourced.resolved_account_id as account_id,
        sourced.account_id as crm_account_id,
        accounts.account_name,
        accounts.industry,
        accounts.tier,
        coalesce(accounts.is_target_account, false) as is_target_account,
        sourced.owner_id,
        owners.team as owner_team,
        sourced.opportunity_type,
        sourced.crm_opportunity_type,
        sourced.primary_person_id as primary_lead_id,
        sourced.created_at,
        sourced.closed_at,
        sourced.stage,
        sourced.amount,
        sourced.is_closed,
        sourced.is_won,
        case when sourced.is_won then sourced.amount end as won_amount,
        {{ report_number(elapsed('sourced.created_at', 'sourced.closed_at', 86400)) }} as days_to_close,
        sourced.mql_id,
        sourced.mql_person_id as mql_lead_id,
        sourced.mql_at,
        sourced.credit,
        sourced.credit_reason,
        {{ report_number('sourced.mql_to_opportunity_days') }} as mql_to_opportunity_days,
        sourced.sourcing,
        sourced.marketing_touches > 0 as is_marketing_influenced,
        sourced.marketing_touches,
        sourced.first_touch_at,
        sourced.source as crm_source_label
    from sourced
    left join accounts
        on sourced.resolved_account_id = accounts.account_id
    left join owners
        on sourced.owner_id = owners.owner_id

)

select {{ contract_columns() }}
from final
