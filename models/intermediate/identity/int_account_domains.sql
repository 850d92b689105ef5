{#-
    One row per web domain that identifies an account: the domain, the account it names (the
    lowest account_id when several accounts share it) and that account after subsidiary roll-up.
    Free-mail domains never identify an account.
-#}
with accounts as (

    select * from {{ ref('stg_raw__accounts') }}

),

rolled_up as (

    select * from {{ ref('int_accounts_rolled_up') }}

),

free_email_domains as (

    select lower(domain) as domain from {{ ref('free_email_domains') }}

),

by_domain as (

    select
        domain,
        min(account_id) as account_id
    from accounts
    where domain is not null
        and domain not in (select free_email_domains.domain from free_email_domains)
    group by domain

),

final as (

    select
        by_domain.domain,
        by_domain.account_id,
        rolled_up.resolved_account_id
    from by_domain
    inner join rolled_up
        on by_domain.account_id = rolled_up.account_id

)

select * from final
