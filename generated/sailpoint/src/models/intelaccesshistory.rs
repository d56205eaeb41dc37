//! `Intelaccesshistory`, from `apis/intelligence/schemas/intelaccesshistory.yaml`.

use crate::models::{
    Intelaccesshistoryaccessitemsslice, Intelaccesshistorycertificationsslice,
};

/// Access-history split into two independently paged categories. accessItems carries
/// grant, remove, and account-status events. certifications carries identity-certified events.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Intelaccesshistory {
    /// First page of access-item history events for the identity.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "accessItems", skip_serializing_if = "Option::is_none")]
    pub access_items: Option<Intelaccesshistoryaccessitemsslice>,
    /// First page of certification history events for the identity.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub certifications: Option<Intelaccesshistorycertificationsslice>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Intelaccesshistory {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        access_items: Intelaccesshistoryaccessitemsslice,
        certifications: Intelaccesshistorycertificationsslice,
    ) -> Self {
        Intelaccesshistory {
            access_items: Some(access_items),
            certifications: Some(certifications),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Intelaccesshistory {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Intelaccesshistory {
    const NAME: &'static str = "Intelaccesshistory";

    #[inline]
    fn empty() -> Self {
        Intelaccesshistory {
            access_items: None,
            certifications: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "accessItems" => self.access_items = map.next_value()?,
            "certifications" => self.certifications = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
