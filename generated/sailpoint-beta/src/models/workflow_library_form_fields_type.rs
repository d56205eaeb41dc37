//! `WorkflowLibraryFormFieldsType`, from `beta/schemas/WorkflowLibraryFormFields.yaml#/properties/type`.

/// The type of the form field
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum WorkflowLibraryFormFieldsType {
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

impl WorkflowLibraryFormFieldsType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            WorkflowLibraryFormFieldsType::Text => "text",
            WorkflowLibraryFormFieldsType::Textarea => "textarea",
            WorkflowLibraryFormFieldsType::Boolean => "boolean",
            WorkflowLibraryFormFieldsType::Email => "email",
            WorkflowLibraryFormFieldsType::Url => "url",
            WorkflowLibraryFormFieldsType::Number => "number",
            WorkflowLibraryFormFieldsType::Json => "json",
            WorkflowLibraryFormFieldsType::Checkbox => "checkbox",
            WorkflowLibraryFormFieldsType::Jsonpath => "jsonpath",
            WorkflowLibraryFormFieldsType::Select => "select",
            WorkflowLibraryFormFieldsType::MultiType => "multiType",
            WorkflowLibraryFormFieldsType::Duration => "duration",
            WorkflowLibraryFormFieldsType::Toggle => "toggle",
            WorkflowLibraryFormFieldsType::FormPicker => "formPicker",
            WorkflowLibraryFormFieldsType::IdentityPicker => "identityPicker",
            WorkflowLibraryFormFieldsType::GovernanceGroupPicker => {
                "governanceGroupPicker"
            }
            WorkflowLibraryFormFieldsType::String => "string",
            WorkflowLibraryFormFieldsType::Object => "object",
            WorkflowLibraryFormFieldsType::Array => "array",
            WorkflowLibraryFormFieldsType::Secret => "secret",
            WorkflowLibraryFormFieldsType::KeyValuePairs => "keyValuePairs",
            WorkflowLibraryFormFieldsType::EmailPicker => "emailPicker",
            WorkflowLibraryFormFieldsType::AdvancedToggle => "advancedToggle",
            WorkflowLibraryFormFieldsType::VariableCreator => "variableCreator",
            WorkflowLibraryFormFieldsType::HtmlEditor => "htmlEditor",
            WorkflowLibraryFormFieldsType::Unknown(value) => value,
        }
    }
}

impl From<&str> for WorkflowLibraryFormFieldsType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "text" => WorkflowLibraryFormFieldsType::Text,
            "textarea" => WorkflowLibraryFormFieldsType::Textarea,
            "boolean" => WorkflowLibraryFormFieldsType::Boolean,
            "email" => WorkflowLibraryFormFieldsType::Email,
            "url" => WorkflowLibraryFormFieldsType::Url,
            "number" => WorkflowLibraryFormFieldsType::Number,
            "json" => WorkflowLibraryFormFieldsType::Json,
            "checkbox" => WorkflowLibraryFormFieldsType::Checkbox,
            "jsonpath" => WorkflowLibraryFormFieldsType::Jsonpath,
            "select" => WorkflowLibraryFormFieldsType::Select,
            "multiType" => WorkflowLibraryFormFieldsType::MultiType,
            "duration" => WorkflowLibraryFormFieldsType::Duration,
            "toggle" => WorkflowLibraryFormFieldsType::Toggle,
            "formPicker" => WorkflowLibraryFormFieldsType::FormPicker,
            "identityPicker" => WorkflowLibraryFormFieldsType::IdentityPicker,
            "governanceGroupPicker" => {
                WorkflowLibraryFormFieldsType::GovernanceGroupPicker
            }
            "string" => WorkflowLibraryFormFieldsType::String,
            "object" => WorkflowLibraryFormFieldsType::Object,
            "array" => WorkflowLibraryFormFieldsType::Array,
            "secret" => WorkflowLibraryFormFieldsType::Secret,
            "keyValuePairs" => WorkflowLibraryFormFieldsType::KeyValuePairs,
            "emailPicker" => WorkflowLibraryFormFieldsType::EmailPicker,
            "advancedToggle" => WorkflowLibraryFormFieldsType::AdvancedToggle,
            "variableCreator" => WorkflowLibraryFormFieldsType::VariableCreator,
            "htmlEditor" => WorkflowLibraryFormFieldsType::HtmlEditor,
            other => WorkflowLibraryFormFieldsType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(WorkflowLibraryFormFieldsType);
