//! `Servicedeskintegrationdto`, from `apis/service-desk-integration/schemas/servicedeskintegrationdto.yaml`.

use crate::models::Servicedeskintegrationdto2;

/// `Servicedeskintegrationdto` as the spec defines it.
pub type Servicedeskintegrationdto = Servicedeskintegrationdto2;
