{#-
    Who makes up each account, and when that changed: the trail int_account_qualification_instants
    follows to evaluate again the accounts a member left or joined. A member is a person matched
    to an account (after roll-up), with their buying role under each version, or a web domain
    that names an account (anonymous activity reaches the account through it).

    Append-only on DuckDB and PostgreSQL: a run writes a row only for a member whose account or
    buying roles differ from its latest stored row (account_id null once it belongs to none), so
    the history keeps every account a member was ever at. A full build writes every member once.
-#}
-- sqlfluff:indentation:template_blocks_indent:false
{{ config(**high_volume_config(['member_kind', 'member_id', 'changed_at'])) }}

with matched as (

    select * from {{ ref('int_persons_matched_to_accounts') }}
    where resolved_account_id is not null

),

fit as (

    select * from {{ ref('int_persons_fit_scored') }}

),

domains as (

    select * from {{ ref('int_account_domains') }}
    where resolved_account_id is not null

),

members as (

    select
        'person' as member_kind,
        matched.person_id as member_id,
        matched.resolved_account_id as account_id,
        {{ ordered_list("fit.model_version || ':' || fit.buying_role", 'fit.model_version') }} as buying_roles
    from matched
    inner join fit
        on matched.person_id = fit.person_id
    group by matched.person_id, matched.resolved_account_id

    union all

    select
        'domain' as member_kind,
        domains.domain as member_id,
        domains.resolved_account_id as account_id,
        cast(null as {{ dbt.type_string() }}) as buying_roles
    from domains

),

{% if is_incremental() %}

latest as (

    select
        member_kind,
        member_id,
        account_id,
        buying_roles
    from (
        select
            *,
            row_number() over (partition by member_kind, member_id order by changed_at desc) as recency
        from {{ this }}
    ) as history
    where recency = 1

),

changed as (

    select
        coalesce(members.member_kind, latest.member_kind) as member_kind,
        coalesce(members.member_id, latest.member_id) as member_id,
        members.account_id,
        members.buying_roles
    from members
    full outer join latest
        on members.member_kind = latest.member_kind
            and members.member_id = latest.member_id
    where not {{ values_equal('members.account_id', 'latest.account_id') }}
        or not {{ values_equal('members.buying_roles', 'latest.buying_roles') }}

),

{% else %}

changed as (

    select * from members

),

{% endif %}

final as (

    select
        member_kind,
        member_id,
        account_id,
        buying_roles,
        {{ run_stamp() }} as changed_at
    from changed

)

select * from final
