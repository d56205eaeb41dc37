{%- import "rust/error_enum.rs" as errors -%}
//! The error types that several operations share: those that declare the same error statuses
//! with the same bodies. Each operation names its own with an alias in its API module, so code
//! that matches on an operation's errors reads the same whether its type is shared or not.
{% for e in types %}

{% call errors::error_enum(e) %}{% endcall %}
{% endfor %}
