{#-
    Account match (definitions: Account match). One row per person: the CRM account id when it names a
    staged account, else the account whose domain is the email domain, else the company domain;
    free-mail domains never match (int_account_domains). match_method says which. resolved_account_id is the account
    after subsidiary roll-up; account_key is what account-level counts count: the resolved
    account, or 'person:<person_id>' for an unmatched person, who counts as their own account.
-#}
with persons as (

    select * from {{ ref('int_persons') }}

),

accounts as (

    select * from {{ ref('stg_raw__accounts') }}

),

rolled_up as (

    select * from {{ ref('int_accounts_rolled_up') }}

),

accounts_by_domain as (

    select * from {{ ref('int_account_domains') }}

),

matched as (

    select
        persons.person_id,
        coalesce(by_crm_id.account_id, by_email.account_id, by_company.account_id) as account_id,
        case
            when by_crm_id.account_id is not null then 'crm_id'
            when by_email.account_id is not null then 'email_domain'
            when by_company.account_id is not null then 'company_domain'
            else 'unmatched'
        end as match_method
    from persons
    left join accounts as by_crm_id
        on persons.crm_account_id = by_crm_id.account_id
    left join accounts_by_domain as by_email
        on persons.email_domain = by_email.domain
    left join accounts_by_domain as by_company
        on persons.company_domain = by_company.domain

),

final as (

    select
        matched.person_id,
        matched.account_id,
        matched.match_method,
        rolled_up.resolved_account_id,
        coalesce(rolled_up.resolved_account_id, 'person:' || matched.person_id) as account_key
    from matched
    left join rolled_up
        on matched.account_id = rolled_up.account_id

)

select * from final
