//! `Inteloutliersslice`, from `apis/intelligence/schemas/inteloutliersslice.yaml`.

use crate::models::Intelrareaccessslice;

/// Outlier slices embedded in the aggregate identity response.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Inteloutliersslice {
    /// First page of rare access items for the identity.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "rareAccess", skip_serializing_if = "Option::is_none")]
    pub rare_access: Option<Intelrareaccessslice>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Inteloutliersslice {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(rare_access: Intelrareaccessslice) -> Self {
        Inteloutliersslice {
            rare_access: Some(rare_access),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Inteloutliersslice {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Inteloutliersslice {
    const NAME: &'static str = "Inteloutliersslice";

    #[inline]
    fn empty() -> Self {
        Inteloutliersslice {
            rare_access: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "rareAccess" => self.rare_access = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
