{#-
    One row per staged account with the account it counts as: its ultimate parent when var
    roll_up_subsidiaries is true (parent_account_id followed to the top), else itself. A parent
    chain that ends at an unknown account stops at the last known one; a cycle is not rolled up.
-#}
with accounts as (

    select * from {{ ref('stg_raw__accounts') }}

),

{{ follow_pointers('accounts', 'account_id', 'parent_account_id', prefix='parent_hop') }}

final as (

    select
        accounts.account_id,
        accounts.parent_account_id,
        {% if var('roll_up_subsidiaries') | as_bool %}
            case
                when parent_hop_6.pointer is not null and tops.parent_account_id is null
                    then parent_hop_6.pointer
                -- unknown parent somewhere up the chain, or a cycle: stay with the account itself
                else accounts.account_id
            end
        {% else %}
            accounts.account_id
        {% endif %} as resolved_account_id
    from accounts
    inner join parent_hop_6
        on accounts.account_id = parent_hop_6.id
    left join accounts as tops
        on parent_hop_6.pointer = tops.account_id

)

select * from final
