//! `AccountsourcereferenceGovernanceGroup`, from `apis/triggers/schemas/accountsourcereference.yaml#/properties/governanceGroup`.

/// Details about the governance group of the source.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AccountsourcereferenceGovernanceGroup {
    /// ID of the governance group.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Name of the governance group.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccountsourcereferenceGovernanceGroup {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Self {
        AccountsourcereferenceGovernanceGroup {
            id: id.into(),
            name: name.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for AccountsourcereferenceGovernanceGroup {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for AccountsourcereferenceGovernanceGroup {
    const NAME: &'static str = "AccountsourcereferenceGovernanceGroup";

    #[inline]
    fn empty() -> Self {
        AccountsourcereferenceGovernanceGroup {
            id: Default::default(),
            name: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
