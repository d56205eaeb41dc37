//! `WorkflowLibraryFormFieldsType`, from `beta/schemas/WorkflowLibraryFormFields.yaml`.
crate::string_enum! {
    #[doc = " The type of the form field"] pub enum WorkflowLibraryFormFieldsType { #[doc
    = " `text`"] Text = "text", #[doc = " `textarea`"] Textarea = "textarea", #[doc =
    " `boolean`"] Boolean = "boolean", #[doc = " `email`"] Email = "email", #[doc =
    " `url`"] Url = "url", #[doc = " `number`"] Number = "number", #[doc = " `json`"]
    Json = "json", #[doc = " `checkbox`"] Checkbox = "checkbox", #[doc = " `jsonpath`"]
    Jsonpath = "jsonpath", #[doc = " `select`"] Select = "select", #[doc =
    " `multiType`"] MultiType = "multiType", #[doc = " `duration`"] Duration =
    "duration", #[doc = " `toggle`"] Toggle = "toggle", #[doc = " `formPicker`"]
    FormPicker = "formPicker", #[doc = " `identityPicker`"] IdentityPicker =
    "identityPicker", #[doc = " `governanceGroupPicker`"] GovernanceGroupPicker =
    "governanceGroupPicker", #[doc = " `string`"] String = "string", #[doc = " `object`"]
    Object = "object", #[doc = " `array`"] Array = "array", #[doc = " `secret`"] Secret =
    "secret", #[doc = " `keyValuePairs`"] KeyValuePairs = "keyValuePairs", #[doc =
    " `emailPicker`"] EmailPicker = "emailPicker", #[doc = " `advancedToggle`"]
    AdvancedToggle = "advancedToggle", #[doc = " `variableCreator`"] VariableCreator =
    "variableCreator", #[doc = " `htmlEditor`"] HtmlEditor = "htmlEditor", }
}
