//! `Accessrequestitemform`, from `apis/shared/schemas/accessrequestitemform.yaml`.

/// Completed form instance associated with an access request item. Omitted when the item has no associated form or no form answers were captured. All listed properties may be present when form answers exist. Optional structural keys (`formElements`, `formConditions`, `formInstanceInputs`) may also be present; their shape follows the form instance payload.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accessrequestitemform {
    /// ID of the form definition that was completed for this item.
    #[serde(rename = "formDefinitionId", skip_serializing_if = "Option::is_none")]
    pub form_definition_id: Option<String>,
    /// ID of the completed form instance.
    #[serde(rename = "formInstanceId", skip_serializing_if = "Option::is_none")]
    pub form_instance_id: Option<String>,
    /// Key-value pairs (form field technical name to value) from the completed form instance.
    #[serde(rename = "formData", skip_serializing_if = "Option::is_none")]
    pub form_data: Option<serde_json::Map<String, serde_json::Value>>,
    /// Optional form element definitions when present. Shape follows the form instance payload.
    #[serde(rename = "formElements", skip_serializing_if = "Option::is_none")]
    pub form_elements: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
    /// Optional conditional display rules when present. Shape follows the form instance payload; do not depend on a fixed condition schema in this API.
    #[serde(rename = "formConditions", skip_serializing_if = "Option::is_none")]
    pub form_conditions: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
    /// Optional inputs passed into the form instance when present. Copied from the form instance payload as-is.
    #[serde(rename = "formInstanceInputs", skip_serializing_if = "Option::is_none")]
    pub form_instance_inputs: Option<serde_json::Map<String, serde_json::Value>>,
    /// Members the spec does not declare.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, serde_json::Value>,
}

impl Accessrequestitemform {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Accessrequestitemform {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accessrequestitemform {
    const NAME: &'static str = "Accessrequestitemform";

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
            "formDefinitionId" => {
                self.form_definition_id = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "formInstanceId" => {
                self.form_instance_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "formData" => self.form_data = map.next_value()?,
            "formElements" => self.form_elements = map.next_value()?,
            "formConditions" => self.form_conditions = map.next_value()?,
            "formInstanceInputs" => self.form_instance_inputs = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
