//! The data types of requests and responses, one module per type.
{% for m in modules %}

#[cfg({{ m.cfg }})]
mod {{ m.name }};
#[cfg({{ m.cfg }})]
pub use {{ m.name }}::{{ m.type_name }};
{% endfor %}
