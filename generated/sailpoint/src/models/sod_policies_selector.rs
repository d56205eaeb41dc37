//! `SodPoliciesSelector`, from `apis/sod-policies/schemas/selector.yaml`.

use crate::models::SodPoliciesSelectortype;

/// `SodPoliciesSelector` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct SodPoliciesSelector {
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<SodPoliciesSelectortype>,
    /// The selected values.
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub values: Vec<String>,
    /// The selected interval for RANGE selectors.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interval: Option<i32>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SodPoliciesSelector {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(r#type: SodPoliciesSelectortype, values: Vec<String>) -> Self {
        SodPoliciesSelector {
            r#type: Some(r#type),
            values,
            interval: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for SodPoliciesSelector {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for SodPoliciesSelector {
    const NAME: &'static str = "SodPoliciesSelector";

    #[inline]
    fn empty() -> Self {
        SodPoliciesSelector {
            r#type: None,
            values: Default::default(),
            interval: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "type" => self.r#type = map.next_value()?,
            "values" => {
                self.values = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "interval" => self.interval = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
