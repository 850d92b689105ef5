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
        cast(sourced.opportunity_id as {{ dbt.type_string() }}) as opportunity_id,
        cast(sourced.resolved_account_id as {{ dbt.type_string() }}) as account_id,
        cast(sourced.account_id as {{ dbt.type_string() }}) as crm_account_id,
        cast(accounts.account_name as {{ dbt.type_string() }}) as account_name,
        cast(accounts.industry as {{ dbt.type_string() }}) as industry,
        cast(accounts.tier as {{ dbt.type_string() }}) as tier,
        coalesce(accounts.is_target_account, false) as is_target_account,
        cast(sourced.owner_id as {{ dbt.type_string() }}) as owner_id,
        cast(owners.team as {{ dbt.type_string() }}) as owner_team,
        cast(sourced.opportunity_type as {{ dbt.type_string() }}) as opportunity_type,
        cast(sourced.crm_opportunity_type as {{ dbt.type_string() }}) as crm_opportunity_type,
        cast(sourced.primary_person_id as {{ dbt.type_string() }}) as primary_lead_id,
        cast(sourced.created_at as {{ dbt.type_timestamp() }}) as created_at,
        cast(sourced.closed_at as {{ dbt.type_timestamp() }}) as closed_at,
        cast(sourced.stage as {{ dbt.type_string() }}) as stage,
        cast(sourced.amount as decimal(18, 2)) as amount,
        sourced.is_closed,
        sourced.is_won,
        cast(case when sourced.is_won then sourced.amount end as decimal(18, 2)) as won_amount,
        {{ report_number(elapsed('sourced.created_at', 'sourced.closed_at', 86400)) }} as days_to_close,
        cast(sourced.mql_id as {{ dbt.type_string() }}) as mql_id,
        cast(sourced.mql_person_id as {{ dbt.type_string() }}) as mql_lead_id,
        cast(sourced.mql_at as {{ dbt.type_timestamp() }}) as mql_at,
        cast(sourced.credit as {{ dbt.type_string() }}) as credit,
        cast(sourced.credit_reason as {{ dbt.type_string() }}) as credit_reason,
        {{ report_number('sourced.mql_to_opportunity_days') }} as mql_to_opportunity_days,
        cast(sourced.sourcing as {{ dbt.type_string() }}) as sourcing,
        sourced.marketing_touches > 0 as is_marketing_influenced,
        cast(sourced.marketing_touches as integer) as marketing_touches,
        cast(sourced.first_touch_at as {{ dbt.type_timestamp() }}) as first_touch_at,
        cast(sourced.source as {{ dbt.type_string() }}) as crm_source_label
    from sourced
    left join accounts
        on sourced.resolved_account_id = accounts.account_id
    left join owners
        on sourced.owner_id = owners.owner_id

)

select * from final
