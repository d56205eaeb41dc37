//! `WorkflowlibraryformfieldsType`, from `apis/workflows/schemas/workflowlibraryformfields.yaml#/properties/type`.

/// The type of the form field
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum WorkflowlibraryformfieldsType {
    /// `text`
    Text,
    /// `textarea`
    Textarea,
    /// `boolean`
    Boolean,
    /// `email`
    Email,
    /// `url`
    Url,
    /// `number`
    Number,
    /// `json`
    Json,
    /// `checkbox`
    Checkbox,
    /// `jsonpath`
    Jsonpath,
    /// `select`
    Select,
    /// `multiType`
    MultiType,
    /// `duration`
    Duration,
    /// `toggle`
    Toggle,
    /// `formPicker`
    FormPicker,
    /// `identityPicker`
    IdentityPicker,
    /// `governanceGroupPicker`
    GovernanceGroupPicker,
    /// `string`
    String,
    /// `object`
    Object,
    /// `array`
    Array,
    /// `secret`
    Secret,
    /// `keyValuePairs`
    KeyValuePairs,
    /// `emailPicker`
    EmailPicker,
    /// `advancedToggle`
    AdvancedToggle,
    /// `variableCreator`
    VariableCreator,
    /// `htmlEditor`
    HtmlEditor,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl WorkflowlibraryformfieldsType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            WorkflowlibraryformfieldsType::Text => "text",
            WorkflowlibraryformfieldsType::Textarea => "textarea",
            WorkflowlibraryformfieldsType::Boolean => "boolean",
            WorkflowlibraryformfieldsType::Email => "email",
            WorkflowlibraryformfieldsType::Url => "url",
            WorkflowlibraryformfieldsType::Number => "number",
            WorkflowlibraryformfieldsType::Json => "json",
            WorkflowlibraryformfieldsType::Checkbox => "checkbox",
            WorkflowlibraryformfieldsType::Jsonpath => "jsonpath",
            WorkflowlibraryformfieldsType::Select => "select",
            WorkflowlibraryformfieldsType::MultiType => "multiType",
            WorkflowlibraryformfieldsType::Duration => "duration",
            WorkflowlibraryformfieldsType::Toggle => "toggle",
            WorkflowlibraryformfieldsType::FormPicker => "formPicker",
            WorkflowlibraryformfieldsType::IdentityPicker => "identityPicker",
            WorkflowlibraryformfieldsType::GovernanceGroupPicker => {
                "governanceGroupPicker"
            }
            WorkflowlibraryformfieldsType::String => "string",
            WorkflowlibraryformfieldsType::Object => "object",
            WorkflowlibraryformfieldsType::Array => "array",
            WorkflowlibraryformfieldsType::Secret => "secret",
            WorkflowlibraryformfieldsType::KeyValuePairs => "keyValuePairs",
            WorkflowlibraryformfieldsType::EmailPicker => "emailPicker",
            WorkflowlibraryformfieldsType::AdvancedToggle => "advancedToggle",
            WorkflowlibraryformfieldsType::VariableCreator => "variableCreator",
            WorkflowlibraryformfieldsType::HtmlEditor => "htmlEditor",
            WorkflowlibraryformfieldsType::Unknown(value) => value,
        }
    }
}

impl From<&str> for WorkflowlibraryformfieldsType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "text" => WorkflowlibraryformfieldsType::Text,
            "textarea" => WorkflowlibraryformfieldsType::Textarea,
            "boolean" => WorkflowlibraryformfieldsType::Boolean,
            "email" => WorkflowlibraryformfieldsType::Email,
            "url" => WorkflowlibraryformfieldsType::Url,
            "number" => WorkflowlibraryformfieldsType::Number,
            "json" => WorkflowlibraryformfieldsType::Json,
            "checkbox" => WorkflowlibraryformfieldsType::Checkbox,
            "jsonpath" => WorkflowlibraryformfieldsType::Jsonpath,
            "select" => WorkflowlibraryformfieldsType::Select,
            "multiType" => WorkflowlibraryformfieldsType::MultiType,
            "duration" => WorkflowlibraryformfieldsType::Duration,
            "toggle" => WorkflowlibraryformfieldsType::Toggle,
            "formPicker" => WorkflowlibraryformfieldsType::FormPicker,
            "identityPicker" => WorkflowlibraryformfieldsType::IdentityPicker,
            "governanceGroupPicker" => {
                WorkflowlibraryformfieldsType::GovernanceGroupPicker
            }
            "string" => WorkflowlibraryformfieldsType::String,
            "object" => WorkflowlibraryformfieldsType::Object,
            "array" => WorkflowlibraryformfieldsType::Array,
            "secret" => WorkflowlibraryformfieldsType::Secret,
            "keyValuePairs" => WorkflowlibraryformfieldsType::KeyValuePairs,
            "emailPicker" => WorkflowlibraryformfieldsType::EmailPicker,
            "advancedToggle" => WorkflowlibraryformfieldsType::AdvancedToggle,
            "variableCreator" => WorkflowlibraryformfieldsType::VariableCreator,
            "htmlEditor" => WorkflowlibraryformfieldsType::HtmlEditor,
            other => WorkflowlibraryformfieldsType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(WorkflowlibraryformfieldsType);
