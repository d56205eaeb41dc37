{% for line in doc %}
/// {{ line }}
{% endfor %}
pub type {{ name }} = {{ target }};
