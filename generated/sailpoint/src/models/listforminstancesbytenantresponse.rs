//! `Listforminstancesbytenantresponse`, from `apis/custom-forms/schemas/listforminstancesbytenantresponse.yaml`.

use crate::models::{
    Formcondition, Formelement, Formerror, Forminstancecreatedby, Forminstancerecipient,
    ListforminstancesbytenantresponseState,
};

/// List of FormInstanceResponse items
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Listforminstancesbytenantresponse {
    /// Unique guid identifying this form instance
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Expire is the maximum amount of time that a form can be in progress. After this time is reached then the form will be moved to a CANCELED state automatically. The user will no longer be able to complete the submission. When a form instance is expires an audit log will be generated for that record
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expire: Option<String>,
    /// State the state of the form instance
    /// ASSIGNED FormInstanceStateAssigned
    /// IN_PROGRESS FormInstanceStateInProgress
    /// SUBMITTED FormInstanceStateSubmitted
    /// COMPLETED FormInstanceStateCompleted
    /// CANCELLED FormInstanceStateCancelled
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<ListforminstancesbytenantresponseState>,
    /// StandAloneForm is a boolean flag to indicate if this form should be available for users to complete via the standalone form UI or should this only be available to be completed by as an embedded form
    #[serde(rename = "standAloneForm", skip_serializing_if = "Option::is_none")]
    pub stand_alone_form: Option<bool>,
    /// StandAloneFormURL is the URL where this form may be completed by the designated recipients using the standalone form UI
    #[serde(rename = "standAloneFormUrl", skip_serializing_if = "Option::is_none")]
    pub stand_alone_form_url: Option<String>,
    #[serde(rename = "createdBy", skip_serializing_if = "Option::is_none")]
    pub created_by: Option<Forminstancecreatedby>,
    /// FormDefinitionID is the id of the form definition that created this form
    #[serde(rename = "formDefinitionId", skip_serializing_if = "Option::is_none")]
    pub form_definition_id: Option<String>,
    /// FormInput is an object of form input labels to value
    #[serde(rename = "formInput", skip_serializing_if = "Option::is_none")]
    pub form_input: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// FormElements is the configuration of the form, this would be a repeat of the fields from the form-config
    #[serde(rename = "formElements", skip_serializing_if = "Option::is_none")]
    pub form_elements: Option<Vec<Formelement>>,
    /// FormData is the data provided by the form on submit. The data is in a key -> value map
    #[serde(rename = "formData", skip_serializing_if = "Option::is_none")]
    pub form_data: Option<serde_json::Map<String, serde_json::Value>>,
    /// FormErrors is an array of form validation errors from the last time the form instance was transitioned to the SUBMITTED state. If the form instance had validation errors then it would be moved to the IN PROGRESS state where the client can retrieve these errors
    #[serde(rename = "formErrors", skip_serializing_if = "Option::is_none")]
    pub form_errors: Option<Vec<Formerror>>,
    /// FormConditions is the conditional logic that modify the form dynamically modify the form as the recipient is interacting out the form
    #[serde(rename = "formConditions", skip_serializing_if = "Option::is_none")]
    pub form_conditions: Option<Vec<Formcondition>>,
    /// Created is the date the form instance was assigned
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Modified is the last date the form instance was modified
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Recipients references to the recipient of a form. The recipients are those who are responsible for filling out a form and completing it
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recipients: Option<Vec<Forminstancerecipient>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Listforminstancesbytenantresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Listforminstancesbytenantresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Listforminstancesbytenantresponse {
    const NAME: &'static str = "Listforminstancesbytenantresponse";

    #[inline]
    fn empty() -> Self {
        Self::default()
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "expire" => self.expire = map.next_value_seed(crate::lenient::TextOption)?,
            "state" => self.state = map.next_value()?,
            "standAloneForm" => {
                self.stand_alone_form = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "standAloneFormUrl" => {
                self.stand_alone_form_url = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "createdBy" => self.created_by = map.next_value()?,
            "formDefinitionId" => {
                self.form_definition_id = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "formInput" => self.form_input = map.next_value()?,
            "formElements" => self.form_elements = map.next_value()?,
            "formData" => self.form_data = map.next_value()?,
            "formErrors" => self.form_errors = map.next_value()?,
            "formConditions" => self.form_conditions = map.next_value()?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "recipients" => self.recipients = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
