//! `Field`, from `beta/schemas/FieldDetails.yaml`.

/// `Field` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Field {
    /// Name of the FormItem
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Display name of the field
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Type of the field to display
    #[serde(rename = "displayType", skip_serializing_if = "Option::is_none")]
    pub display_type: Option<String>,
    /// True if the field is required
    #[serde(skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// List of allowed values for the field
    #[serde(rename = "allowedValuesList", skip_serializing_if = "Option::is_none")]
    pub allowed_values_list: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
    /// Value of the field
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<serde_json::Map<String, serde_json::Value>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Field {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Field {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Field {
    const NAME: &'static str = "Field";

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
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "displayName" => {
                self.display_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "displayType" => {
                self.display_type = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "required" => {
                self.required = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "allowedValuesList" => self.allowed_values_list = map.next_value()?,
            "value" => self.value = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
