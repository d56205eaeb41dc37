crate::string_enum! {
    {% for line in doc %}
    /// {{ line }}
    {% endfor %}
    pub enum {{ name }} {
    {% for variant in variants %}
        /// `{{ variant.value_doc }}`
        {{ variant.name }} = {{ variant.value_literal }},
    {% endfor %}
    }
}
