//! `Validatefilteroutputdto`, from `apis/triggers/schemas/validatefilteroutputdto.yaml`.

/// `Validatefilteroutputdto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Validatefilteroutputdto {
    /// When this field is true, the filter expression is valid against the input.
    #[serde(rename = "isValid", skip_serializing_if = "Option::is_none")]
    pub is_valid: Option<bool>,
    /// When this field is true, the filter expression is using a valid JSON path.
    #[serde(rename = "isValidJSONPath", skip_serializing_if = "Option::is_none")]
    pub is_valid_json_path: Option<bool>,
    /// When this field is true, the filter expression is using an existing path.
    #[serde(rename = "isPathExist", skip_serializing_if = "Option::is_none")]
    pub is_path_exist: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Validatefilteroutputdto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Validatefilteroutputdto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Validatefilteroutputdto {
    const NAME: &'static str = "Validatefilteroutputdto";

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
            "isValid" => self.is_valid = map.next_value_seed(crate::lenient::FlagOption)?,
            "isValidJSONPath" => {
                self.is_valid_json_path = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "isPathExist" => {
                self.is_path_exist = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
