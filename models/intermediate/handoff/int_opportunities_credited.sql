{#-
    Every opportunity and the one MQL it is credited to (spec: Handoff): the latest MQL of its
    primary person at most handoff_opportunity_window_days before it was created, else the latest
    MQL at its account (after roll-up) inside that window, else none. Each opportunity is credited
    once, so pipeline adds up across MQLs without double counting.
-#}
with opportunities as (

    select * from {{ ref('int_opportunities_rekeyed') }}

),

rolled_up as (

    select * from {{ ref('int_accounts_rolled_up') }}

),

windows as (

    select * from {{ ref('int_mql_windows') }}

),

opportunities_with_account as (

    select
        opportunities.*,
        rolled_up.resolved_account_id
    from opportunities
    left join rolled_up
        on opportunities.account_id = rolled_up.account_id

),

candidates as (

    select
        opportunities_with_account.opportunity_id,
        windows.mql_id,
        case
            when opportunities_with_account.primary_person_id = windows.person_id then 'primary_lead'
            else 'account'
        end as credit,
        row_number() over (
            partition by opportunities_with_account.opportunity_id
            order by
                case when opportunities_with_account.primary_person_id = windows.person_id then 0 else 1 end,
                windows.mql_at desc,
                windows.mql_id asc
        ) as credit_rank
    from opportunities_with_account
    inner join windows
        on (
            opportunities_with_account.primary_person_id = windows.person_id
            or opportunities_with_account.resolved_account_id = windows.resolved_account_id
        )
        and opportunities_with_account.created_at >= windows.mql_at
        and {{ elapsed('windows.mql_at', 'opportunities_with_account.created_at', 86400) }}
        <= {{ var('handoff_opportunity_window_days') }}

),

credited as (

    select * from candidates
    where credit_rank = 1

),

final as (

    select
        opportunities_with_account.opportunity_id,
        opportunities_with_account.account_id,
        opportunities_with_account.resolved_account_id,
        opportunities_with_account.primary_person_id,
        opportunities_with_account.created_at,
        opportunities_with_account.amount,
        opportunities_with_account.stage,
        opportunities_with_account.is_closed,
        opportunities_with_account.is_won,
        opportunities_with_account.closed_at,
        credited.mql_id,
        coalesce(credited.credit, 'none') as credit
    from opportunities_with_account
    left join credited
        on opportunities_with_account.opportunity_id = credited.opportunity_id

)

select * from final
