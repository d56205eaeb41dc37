//! `ManuallyUpdatedFieldsDto`, from `beta/schemas/gov-entitlement/ManuallyUpdatedFieldsDTO.yaml`.

/// `ManuallyUpdatedFieldsDto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ManuallyUpdatedFieldsDto {
    /// True if the entitlements name was updated manually via entitlement import csv or patch endpoint.  False means that property value has not been change after first entitlement aggregation.
    /// Field refers to [Entitlement response schema](https://developer.sailpoint.com/idn/api/beta/get-entitlement) > `name` property.
    #[serde(rename = "DISPLAY_NAME", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<bool>,
    /// True if the entitlement description was updated manually via entitlement import csv or patch endpoint.  False means that property value has not been change after first entitlement aggregation.
    /// Field refers to [Entitlement response schema](https://developer.sailpoint.com/idn/api/beta/get-entitlement) > `description` property.
    #[serde(rename = "DESCRIPTION", skip_serializing_if = "Option::is_none")]
    pub description: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ManuallyUpdatedFieldsDto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for ManuallyUpdatedFieldsDto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for ManuallyUpdatedFieldsDto {
    const NAME: &'static str = "ManuallyUpdatedFieldsDto";

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
            "DISPLAY_NAME" => {
                self.display_name = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "DESCRIPTION" => {
                self.description = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
