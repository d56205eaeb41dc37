//! `Managercorrelationmapping`, from `apis/multi-host-integration/schemas/managercorrelationmapping.yaml`.

/// `Managercorrelationmapping` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Managercorrelationmapping {
    /// Name of the attribute to use for manager correlation. The value found on the account attribute will be used to lookup the manager's identity.
    #[serde(rename = "accountAttributeName", skip_serializing_if = "Option::is_none")]
    pub account_attribute_name: Option<String>,
    /// Name of the identity attribute to search when trying to find a manager using the value from the accountAttribute.
    #[serde(rename = "identityAttributeName", skip_serializing_if = "Option::is_none")]
    pub identity_attribute_name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Managercorrelationmapping {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Managercorrelationmapping {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Managercorrelationmapping {
    const NAME: &'static str = "Managercorrelationmapping";

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
            "accountAttributeName" => {
                self.account_attribute_name = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "identityAttributeName" => {
                self.identity_attribute_name = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
