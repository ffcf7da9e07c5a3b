/**
 * Two fixed RSA-2048 key pairs for signing lab JWTs. PUBLIC TEACHING KEYS, NOT SECRETS: they
 * were generated once with WebCrypto for Token Lab and are published on purpose, so that the
 * same seed and the same calls always produce byte-identical JWTs (RS256 signatures are
 * deterministic), and so no browser has to generate an RSA key (slow and random). Never use
 * them for anything real. The org picks one from its seed (`state.keyIndex`) and publishes it
 * under a seed-derived `kid`.
 */

/** An RSA private key in JWK form (public part `n`, `e`). */
export interface LabRsaJwk {
  kty: 'RSA';
  n: string;
  e: string;
  d: string;
  p: string;
  q: string;
  dp: string;
  dq: string;
  qi: string;
}

export const LAB_KEYS: readonly LabRsaJwk[] = [
  {
    kty: 'RSA',
    n: 'ywtD_U8NTfPDzegAwEtrJhyD37t-OLjKOwxFB0EBq2iylw251w4-AdkQuF_YUuvqJnW8pWAGYPIBECEC-0HJy_mUBBn26cwUyoY-9RvBEU83DN3GMd-iXVEhC1MhiMktxOfMofSXif0_KCd9UEp7zMibfWhIgF-X5kRQw2AnbehKT9Psoc5mD0JfA-mjoYj0Tg7CUI8Mzetxm6_P3PPZ0xlR8zuRBrvf1wq8Pnio-5-t-FOJmmy0QCulKEtg2qUyjjKPIQDg3cnADJ72bTEi-w8QqPX09mcOboR3qx4Yz35SSyr-I0DjGANJ2dtGdbhdZgCL_fq8qtM_qABtmX4qoQ',
    e: 'AQAB',
    d: 'INiM8lqaLqDPLU1JZ9IbfoIQ5D3OrKraDiTNOt_tfvbUIyL1jABSEBb3ATiCBGIFEh0sO_11crPbb6pDcvVgyWYxp1sy6f3ZZCzE3P5VJHFx2Js8v18rwxhHde9IBrpytL6ByDZK2Gf3Ek4XE8jEz6spGienSNsN9dJZ1U1F-52VJhC_Nh2uWE9nknhNqsMj6muz181LttbJwAaAcu5zrT7GJI7X3VktbmFvpNzs4lroklJ-BAG-thTPq95AGAORzkojTJ8ZmlCJVzCQB_Ck2Nh_bgXicOblJ5c7iNLYtzuac0bccQa533EyMIZNv3eR0YvVCGTIaX1b1ycCziTY1Q',
    p: '7tD9ljJxZ2mhK41MswqPnDrZIY8_LWhgMx2bUPi6770AafXUpsbkOhKUzM4Q9VSFIgYp8NOdaMvBZg_9BJ6sUz7jvbAeZ4JrUsmnhqoYsftTRWRWOG431M9Y-WdeqwOANni6eGyWhd64PUBLGBQ_4wSR1nRdvllEbrjrherIUT0',
    q: '2adYpu6k-9idsk9xkxjgkKG76jXGhLD_P_5-WC9_L3rbkdHH5zVRvvOIR8YENdirmvERe-KBjGDG54DpoErISXUJ8uiNqh4ihT8CP8OP5stKRcPb2Fq7ViCpIgKEg_GYAsvuMifcxG-XiykqUp5o7TJS-wC9nVgHXKLH5sFOTTU',
    dp: 'zbi8ahEj_YhRrRm4U5cqZNOQzcb_DleWXxIHBHZvWit-2shImi5E1f3Brrdohl17nfafVHSGaYr0G750H_Gr0r4fIv0_A72mRBewN2H5igBNGD65wzy23ZyMMbQpKboHTWUshKZN-B4GqcTjq2duLVp3Yry1ME7nk1W6lY7NZqU',
    dq: 'Tdl2cxbuugnrtciGlheS0wiWXxpm7DUmxyvu4vnyIvhtqsV_G-rNV2BiAVIJVX0vPBc3qrkEn0JKQqmwZp3475VGPrUBXrSyojg8RLRdNy7FXRjF_KfPU-oQtNJztYHnXjC0_QmXBEfpy2Oo-K4iV5zlY1QLfkjrMS4kFBxWNnU',
    qi: '6ubHyfstxETNc8Nz4DOFv7eVQYHDpEt4e9WCoMhC4i4W6myQ4s4TP_pC68x09lUKuiRa2aeg7dDZZNGsbNxM6qBR9rRbfrCb-7PmFuGVt9jDN168nfj3iG-EbD4NKFnxx0fbcluh2xK9-MIsx7VVna7GN4iegkNJOI5cxDBE4yY',
  },
  {
    kty: 'RSA',
    n: 'vxb_uvF1RzrW41u_LWK7LTg8BhZeCeYXWIxwQY6_P3naaMKFh5HtUw0fM1SqfgM2VvsMRF2G_au3GN6qT2gKOTkReENZ8GUG7NijmT81EZ3QmKPZ1G2SGz8JRQqo4uDXTj3Udx0Dk_lJdtNehenivlOLUQhe-lG1GSOXZzFP9vmwmjPIqRdT0eAn8Ms0Y5_ZI2O6JmI0dWS8cuQyIZgCP4Os5iUzg5bg1W4EtOwLphWmAw4_iUhLQb94Q47mdjuV65ChV-9qB11AnS4rJNiVsHMT6IOAig6DhbO9S-yEMDCgHjq1_Zh8Jkdmexa2QZNW_CqnEME39_lHynFxz69RVQ',
    e: 'AQAB',
    d: 'AYK0rPZuG9YcmFUV1k2nSUgncwgDO93ManJsni3EM2h4i5lQ6jIVVWiGN9S7cAKTfZs_cYF66OrgXwR1TupjRk0-HeWeZy2WajZ3WJxszXiiQiYSAq8ZDl2nanZgUvkZU8LwpoeLQg3XgOZ3R5uUo6QZSTIO9ZQLWIS-JrnAtiUC7BXK1qDGEo73EUAm7oaQ2nGTvbgLvFbOoBMAP_KttxlVpP8xYjQwmCUZby1iATJRUMM-OUcQw4TwBgiIEMzqNG0m5RhY12AhAO2WMm-jQJXxJxt19-AR_EFkfa45qGJD599TAiwbjHfwXagrNdY3JEhJEPBpKFxBB-vqGzLCsw',
    p: '-GCcfvzzYPnVFFV3MwcLhnIUNTlWJBukv6c8Q-5Rhhw9oJaY0J8dgIWiLoQGYkC1T00BCqTtjE4mjI5k1wcSsxKqXIDkghUVn91xxiZ0rsb5GmLEy3dgEft0rywmbY3ATJYvu-ouqDQd-gdO449-KCkW_phqI9zO-PIcLwLn97M',
    q: 'xPROKFJvEJNEwhuyObYyS8UcUdkRssSRqWo_eLDSh0KObNt4bsR-xTKv_AhTqMG6KRHBnB8w1FWMpuU1usWt4LzE3I9p9B6OLFnK3-HY2X7AhNh-HTSv_qr9kNLK9_GlKX8tBol0oAYKF5_iE_1wyTWNd8rNaaKIY7lVxtIjjtc',
    dp: 'QQ-VjtIVso5e2W-1xKEQzMvvLS3yuYygMC_PYn_3zOhy4DDyoJs9cCARJpwgy_XlSHuETVR8gScrg9_83DKXHF9ETuzYbpa1TmYEWoJSSEIImHfM0vtXJ_61RvmKq2HZQHaK1G94f0j_nTHy4TsCMeTpiBFGpFQ_xwgsh8f8GW8',
    dq: 'OHNNc4EtFDMhogEONDxkbhMw6sSsrfBpT4WEa7NCpEIPUGQXQKhRLXQ5vKMmV1gvY1YTiAvokvNyPOO1YrMGA0QXqJ_yXmXjmhKic0joPm51_52NiBFx4CxiQQAp7Kb2D87DuPvs0XDps5u_0LrzeLhAs_UMqxpKvUqBq1rPlkE',
    qi: 'K3mV_2z1aXTx23C2efRHXBdQe5ZMmijt6rZSW9NraurYx_nCl1gW-PongVPZ312fr_bMhh1-13KAKIs-Ip4OLUroAN5s9bxOXKpzi0Nt8bzvsQDH4uVV9BNmisgjfd0oceYICpqIDh22pGDsoShDe32KHzZ8BHPkr-OjrbFfs1U',
  },
];
