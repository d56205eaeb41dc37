//! `Createformdefinitionrequest`, from `apis/custom-forms/schemas/createformdefinitionrequest.yaml`.

use crate::models::{
    Formcondition, Formdefinitioninput, Formelement, Formowner, Formusedby,
};

/// `Createformdefinitionrequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Createformdefinitionrequest {
    /// Description is the form definition description
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// FormConditions is the conditional logic that modify the form dynamically modify the form as the recipient is interacting out the form
    #[serde(rename = "formConditions", skip_serializing_if = "Option::is_none")]
    pub form_conditions: Option<Vec<Formcondition>>,
    /// FormElements is a list of nested form elements
    #[serde(rename = "formElements", skip_serializing_if = "Option::is_none")]
    pub form_elements: Option<Vec<Formelement>>,
    /// FormInput is a list of form inputs that are required when creating a form-instance object
    #[serde(rename = "formInput", skip_serializing_if = "Option::is_none")]
    pub form_input: Option<Vec<Formdefinitioninput>>,
    /// Name is the form definition name
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<Formowner>,
    /// UsedBy is a list of objects where when any system uses a particular form it reaches out to the form service to record it is currently being used
    #[serde(rename = "usedBy", skip_serializing_if = "Option::is_none")]
    pub used_by: Option<Vec<Formusedby>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Createformdefinitionrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(name: impl Into<String>, owner: Formowner) -> Self {
        Createformdefinitionrequest {
            description: None,
            form_conditions: None,
            form_elements: None,
            form_input: None,
            name: name.into(),
            owner: Some(owner),
            used_by: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Createformdefinitionrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Createformdefinitionrequest {
    const NAME: &'static str = "Createformdefinitionrequest";

    #[inline]
    fn empty() -> Self {
        Createformdefinitionrequest {
            description: None,
            form_conditions: None,
            form_elements: None,
            form_input: None,
            name: Default::default(),
            owner: None,
            used_by: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "formConditions" => self.form_conditions = map.next_value()?,
            "formElements" => self.form_elements = map.next_value()?,
            "formInput" => self.form_input = map.next_value()?,
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "owner" => self.owner = map.next_value()?,
            "usedBy" => self.used_by = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
