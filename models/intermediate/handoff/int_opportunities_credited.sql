{#-
    Every opportunity and the one MQL it is credited to (definitions: Handoff): the latest MQL of its
    primary person at most handoff_opportunity_window_days before it was created, else the latest
    MQL at its account (after roll-up) inside that window, else none. Each opportunity is credited
    once, so pipeline adds up across MQLs without double counting. An opportunity credited to
    none says why (credit_reason): outside_window (an MQL of its person or account came before
    it, the latest mql_to_opportunity_days before, more than the window), before_first_mql
    (their MQLs all came after it), no_mql (they have none).
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

reachable as (

    -- the MQLs of the primary person or at the account, before or after the creation
    select
        opportunities_with_account.opportunity_id,
        opportunities_with_account.created_at,
        windows.mql_id,
        windows.mql_at,
        windows.person_id as mql_person_id,
        opportunities_with_account.primary_person_id = windows.person_id as is_primary_lead
    from opportunities_with_account
    inner join windows
        on opportunities_with_account.primary_person_id = windows.person_id
            or opportunities_with_account.resolved_account_id = windows.resolved_account_id

),

candidates as (

    select
        opportunity_id,
        mql_id,
        mql_at,
        mql_person_id,
        case when is_primary_lead then 'primary_lead' else 'account' end as credit,
        row_number() over (
            partition by opportunity_id
            order by case when is_primary_lead then 0 else 1 end, mql_at desc, mql_id asc
        ) as credit_rank
    from reachable
    where created_at >= mql_at
        and {{ elapsed('mql_at', 'created_at', 86400) }} <= {{ var('handoff_opportunity_window_days') }}

),

reach as (

    select
        opportunity_id,
        max(case when mql_at <= created_at then mql_at end) as latest_mql_before_at
    from reachable
    group by opportunity_id

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
        opportunities_with_account.source,
        opportunities_with_account.owner_id,
        opportunities_with_account.crm_opportunity_type,
        opportunities_with_account.opportunity_type,
        credited.mql_id,
        credited.mql_at,
        credited.mql_person_id,
        coalesce(credited.credit, 'none') as credit,
        case
            when credited.mql_id is not null then null
            when reach.latest_mql_before_at is not null then 'outside_window'
            when reach.opportunity_id is not null then 'before_first_mql'
            else 'no_mql'
        end as credit_reason,
        -- from the credited MQL, else (outside_window) from the latest MQL before the creation
        {{ elapsed(
            'coalesce(credited.mql_at, reach.latest_mql_before_at)', 'opportunities_with_account.created_at', 86400
        ) }} as mql_to_opportunity_days
    from opportunities_with_account
    left join credited
        on opportunities_with_account.opportunity_id = credited.opportunity_id
    left join reach
        on opportunities_with_account.opportunity_id = reach.opportunity_id

)

select * from final
