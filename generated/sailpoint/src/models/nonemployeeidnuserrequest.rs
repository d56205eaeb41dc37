//! `Nonemployeeidnuserrequest`, from `apis/non-employee-lifecycle-management/schemas/nonemployeeidnuserrequest.yaml`.

/// `Nonemployeeidnuserrequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Nonemployeeidnuserrequest {
    /// Identity id.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Nonemployeeidnuserrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(id: impl Into<String>) -> Self {
        Nonemployeeidnuserrequest {
            id: id.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Nonemployeeidnuserrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Nonemployeeidnuserrequest {
    const NAME: &'static str = "Nonemployeeidnuserrequest";

    #[inline]
    fn empty() -> Self {
        Nonemployeeidnuserrequest {
            id: Default::default(),
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
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
