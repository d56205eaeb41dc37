//! `Formdefinitionresponse`, from `apis/custom-forms/schemas/formdefinitionresponse.yaml`.

use crate::models::{
    Formcondition, Formdefinitioninput, Formelement, Formowner, Formusedby,
};

/// `Formdefinitionresponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Formdefinitionresponse {
    /// Unique guid identifying the form definition.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the form definition.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Form definition's description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<Formowner>,
    /// List of objects using the form definition. Whenever a system uses a form, the API reaches out to the form service to record that the system is currently using it.
    #[serde(rename = "usedBy", skip_serializing_if = "Option::is_none")]
    pub used_by: Option<Vec<Formusedby>>,
    /// List of form inputs required to create a form-instance object.
    #[serde(rename = "formInput", skip_serializing_if = "Option::is_none")]
    pub form_input: Option<Vec<Formdefinitioninput>>,
    /// List of nested form elements.
    #[serde(rename = "formElements", skip_serializing_if = "Option::is_none")]
    pub form_elements: Option<Vec<Formelement>>,
    /// Conditional logic that can dynamically modify the form as the recipient is interacting with it.
    #[serde(rename = "formConditions", skip_serializing_if = "Option::is_none")]
    pub form_conditions: Option<Vec<Formcondition>>,
    /// Created is the date the form definition was created
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Modified is the last date the form definition was modified
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Formdefinitionresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Formdefinitionresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Formdefinitionresponse {
    const NAME: &'static str = "Formdefinitionresponse";

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
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "owner" => self.owner = map.next_value()?,
            "usedBy" => self.used_by = map.next_value()?,
            "formInput" => self.form_input = map.next_value()?,
            "formElements" => self.form_elements = map.next_value()?,
            "formConditions" => self.form_conditions = map.next_value()?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
